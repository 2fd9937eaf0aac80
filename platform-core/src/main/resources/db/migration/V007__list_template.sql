-- Шаблон Перечня: which columns the printed list has, their titles and order, and whether the
-- numbering row (1, 2, 3 …) is printed under the header.
create table list_template (
    id             uuid primary key,
    agency_id      uuid     not null references agency (id),
    numbering_row  boolean  not null,
    version        bigint   not null default 0,
    unique (agency_id)
);

create table template_column (
    id             uuid primary key,
    agency_id      uuid          not null references agency (id),
    position       integer       not null check (position > 0),
    standard_code  varchar(24)   check (standard_code in ('GROUP_NUMBER', 'GROUP_NAME', 'PROCESS', 'TOUCHPOINT',
                                   'NEEDS', 'SPECIFICS')),
    custom_type    varchar(16)   check (custom_type in ('TEXT', 'CHOICE', 'UNIT', 'BASIS')),
    title          varchar(300)  not null check (length(btrim(title)) > 0),
    visible        boolean       not null,
    options        varchar(4000),
    version        bigint        not null default 0,
    check ((standard_code is null) <> (custom_type is null)),
    check (custom_type = 'CHOICE' or options is null)
);
create unique index template_column_standard_uq on template_column (agency_id, standard_code);
create index template_column_agency_idx on template_column (agency_id, position);

alter table list_template enable row level security;
alter table list_template force row level security;
alter table template_column enable row level security;
alter table template_column force row level security;
create policy list_template_own_agency on list_template
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy list_template_region_read on list_template for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));
create policy template_column_own_agency on template_column
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy template_column_region_read on template_column for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));

-- columns are hidden, never deleted: later versions of the list keep their values
grant select, insert, update on list_template, template_column to ${app_role};
