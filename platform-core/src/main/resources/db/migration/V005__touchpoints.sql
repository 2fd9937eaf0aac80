-- Каталог точек взаимодействия: a concrete channel instance reused by many rows of the list.
create table touchpoint (
    id             uuid primary key,
    agency_id      uuid          not null references agency (id),
    name           varchar(500)  not null check (length(btrim(name)) > 0),
    channel_kind   varchar(16)   not null check (channel_kind in ('DIGITAL', 'OFFLINE')),
    channel_type   varchar(24)   not null check (channel_type in ('SITE', 'PORTAL', 'EPGU', 'MOBILE_APP', 'SOCIAL_NETWORK',
                                   'MESSENGER', 'CHAT_BOT', 'VOICE_ASSISTANT', 'CALL_CENTRE', 'PHONE', 'EMAIL', 'API',
                                   'RECEPTION', 'MFC', 'POST', 'OTHER')),
    address        varchar(1000),
    working_hours  varchar(300),
    basis          varchar(1000),
    retired        boolean       not null default false,
    version        bigint        not null default 0
);
create unique index touchpoint_name_uq on touchpoint (agency_id, lower(btrim(name)));

alter table touchpoint enable row level security;
alter table touchpoint force row level security;
create policy touchpoint_own_agency on touchpoint
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy touchpoint_region_read on touchpoint for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));

grant select, insert, update on touchpoint to ${app_role};
