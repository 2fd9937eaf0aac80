-- Regions group agencies; agencies are the tenants. Neither table is tenant-owned:
-- every signed-in user may read the directory (it is public on the agencies' websites anyway).
create table region (
    id          uuid primary key,
    code        varchar(8)   not null unique,
    name        varchar(200) not null unique,
    version     bigint       not null default 0
);

create table agency (
    id                    uuid primary key,
    region_id             uuid         not null references region (id),
    slug                  varchar(64)  not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    full_name             varchar(500) not null,
    short_name            varchar(200) not null,
    agency_type           varchar(16)  not null
        check (agency_type in ('MINISTRY', 'DEPARTMENT', 'INSPECTION', 'ADMINISTRATION', 'COMMITTEE', 'OTHER')),
    official_site_url     varchar(500),
    documents_section_url varchar(500),
    active                boolean      not null default true,
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now()
);
create index agency_region_idx on agency (region_id);

-- The first tenant-owned table: an agency's own profile settings.
create table agency_profile (
    id                              uuid primary key,
    agency_id                       uuid         not null unique references agency (id),
    contact_email                   varchar(254),
    contact_phone                   varchar(40),
    postal_address                  varchar(500),
    cc_deputy_name                  varchar(200),
    publication_deadline_work_days  integer      not null default 5
        check (publication_deadline_work_days between 1 and 30),
    version                         bigint       not null default 0,
    updated_at                      timestamptz  not null default now()
);

-- Second lock: row-level security, forced even for the owner.
-- app.agency_id and app.region_id are transaction-local settings made by the application;
-- unset or empty means no tenant, and then no row matches.
alter table agency_profile enable row level security;
alter table agency_profile force row level security;

create policy agency_profile_own_agency on agency_profile
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);

create policy agency_profile_region_read on agency_profile
    for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));

grant select, insert, update on region, agency to ${app_role};
grant select, insert, update, delete on agency_profile to ${app_role};
