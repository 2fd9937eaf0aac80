-- Размещение на официальном сайте: each enacted version must be on the agency's site within its
-- deadline in working days (000 §8, 002 §3.1, 003 §17). The deadline is fixed when the version is
-- enacted; due_on stays empty while the production calendar of a year it reaches is not entered.
create table publication (
    id                uuid primary key,
    agency_id         uuid          not null references agency (id),
    version_number    integer       not null check (version_number > 0),
    enacted_on        date          not null,
    working_days      integer       not null check (working_days between 1 and 30),
    due_on            date,
    calendar_missing  integer,
    published_url     varchar(1000),
    published_on      date,
    published_by      varchar(200),
    recorded_at       timestamptz,
    url_answered      boolean,
    version           bigint        not null default 0,
    check ((published_url is null) = (published_on is null))
);
create unique index publication_version_uq on publication (agency_id, version_number);

alter table publication enable row level security;
alter table publication force row level security;
create policy publication_own_agency on publication
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy publication_region_read on publication for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));
grant select, insert, update on publication to ${app_role};
