-- Реестр межведомственных и внутриведомственных процессов (001 §2.1, 003 §5).
create table agency_process (
    id                 uuid primary key,
    agency_id          uuid          not null references agency (id),
    group_id           uuid          not null references process_group (id),
    name               varchar(1000) not null check (length(btrim(name)) > 0),
    kind               varchar(32)   not null check (kind in ('SUPPORT_MEASURE', 'PUBLIC_SERVICE', 'CONTROL_FUNCTION',
                                                               'APPEALS', 'INFORMATION', 'INTERNAL', 'OTHER')),
    uniform_for_all_units boolean    not null default false,
    included_on        date,
    included_by_act    varchar(300),
    excluded           boolean       not null default false,
    excluded_on        date,
    excluded_by_act    varchar(300),
    version            bigint        not null default 0,
    check (not excluded or (excluded_on is not null and excluded_by_act is not null))
);
create unique index agency_process_name_uq on agency_process (agency_id, lower(btrim(name))) where not excluded;
create index agency_process_group_idx on agency_process (agency_id, group_id);

-- Which units run a process (rule 2: touchpoints per unit unless uniform for all units).
create table agency_process_unit (
    id         uuid primary key,
    agency_id  uuid   not null references agency (id),
    process_id uuid   not null references agency_process (id),
    unit_id    uuid   not null references org_unit (id),
    version    bigint not null default 0,
    unique (process_id, unit_id)
);

-- Основания: НПА, внутренний акт, договор/соглашение, поручение (001 §2.5, 003 §10).
create table process_basis (
    id          uuid primary key,
    agency_id   uuid          not null references agency (id),
    process_id  uuid          not null references agency_process (id),
    position    integer       not null,
    basis_kind  varchar(24)   not null check (basis_kind in ('NORMATIVE_ACT', 'INTERNAL_ACT', 'CONTRACT', 'INSTRUCTION')),
    title       varchar(1000) not null check (length(btrim(title)) > 0),
    number      varchar(100),
    issued_on   date,
    url         varchar(1000),
    version     bigint        not null default 0
);
create index process_basis_process_idx on process_basis (process_id);

alter table agency_process enable row level security;
alter table agency_process force row level security;
alter table agency_process_unit enable row level security;
alter table agency_process_unit force row level security;
alter table process_basis enable row level security;
alter table process_basis force row level security;

create policy agency_process_own_agency on agency_process
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy agency_process_region_read on agency_process for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));
create policy agency_process_unit_own_agency on agency_process_unit
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy process_basis_own_agency on process_basis
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);

grant select, insert, update on agency_process to ${app_role};
grant select, insert, update, delete on agency_process_unit, process_basis to ${app_role};
