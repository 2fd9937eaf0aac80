-- People of an agency as the identity provider knows them (recorded at sign-in and by presets).
create table staff_member (
    id           uuid primary key,
    agency_id    uuid         not null references agency (id),
    subject      varchar(64)  not null,
    display_name varchar(200) not null,
    email        varchar(254),
    version      bigint       not null default 0,
    unique (agency_id, subject)
);

-- Структурные подразделения: a tree; closed rather than deleted.
create table org_unit (
    id                 uuid primary key,
    agency_id          uuid         not null references agency (id),
    parent_id          uuid references org_unit (id),
    name               varchar(300) not null check (length(btrim(name)) > 0),
    head_id            uuid references staff_member (id),
    supervisor_id      uuid references staff_member (id),
    closed             boolean      not null default false,
    version            bigint       not null default 0,
    check (parent_id is null or parent_id <> id)
);
create unique index org_unit_name_uq on org_unit (agency_id, lower(btrim(name))) where not closed;
create index org_unit_agency_idx on org_unit (agency_id);

create table org_unit_member (
    id        uuid primary key,
    agency_id uuid   not null references agency (id),
    unit_id   uuid   not null references org_unit (id),
    staff_id  uuid   not null references staff_member (id),
    version   bigint not null default 0,
    unique (unit_id, staff_id)
);

alter table staff_member enable row level security;
alter table staff_member force row level security;
alter table org_unit enable row level security;
alter table org_unit force row level security;
alter table org_unit_member enable row level security;
alter table org_unit_member force row level security;

create policy staff_member_own_agency on staff_member
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy org_unit_own_agency on org_unit
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy org_unit_region_read on org_unit for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));
create policy org_unit_member_own_agency on org_unit_member
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);

grant select, insert, update on staff_member, org_unit to ${app_role};
grant select, insert, delete on org_unit_member to ${app_role};
