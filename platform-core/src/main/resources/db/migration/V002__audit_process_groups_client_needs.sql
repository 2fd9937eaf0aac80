-- Append-only audit of configuration changes: who, when, before -> after.
create table audit_event (
    id            uuid primary key,
    agency_id     uuid         not null references agency (id),
    occurred_at   timestamptz  not null,
    actor_id      varchar(64)  not null,
    actor_name    varchar(200) not null,
    entity_type   varchar(64)  not null,
    entity_id     uuid,
    action        varchar(32)  not null,
    summary       varchar(500) not null,
    before_state  jsonb,
    after_state   jsonb,
    version       bigint       not null default 0
);
create index audit_event_agency_time_idx on audit_event (agency_id, occurred_at desc);

-- Направления деятельности (группы процессов), columns 1-2 of the list.
create table process_group (
    id              uuid primary key,
    agency_id       uuid         not null references agency (id),
    position        integer      not null check (position > 0),
    name            varchar(500) not null check (length(btrim(name)) > 0),
    print_title     varchar(500),
    catalogue_code  varchar(40),
    internal_client boolean      not null default false,
    retired         boolean      not null default false,
    version         bigint       not null default 0
);
create unique index process_group_name_uq on process_group (agency_id, lower(btrim(name)));
create index process_group_agency_idx on process_group (agency_id, position);

-- Удовлетворяемые потребности клиента: ordered, configurable, retired rather than deleted.
create table client_need (
    id        uuid primary key,
    agency_id uuid         not null references agency (id),
    position  integer      not null check (position > 0),
    name      varchar(300) not null check (length(btrim(name)) > 0),
    retired   boolean      not null default false,
    version   bigint       not null default 0
);
create unique index client_need_name_uq on client_need (agency_id, lower(btrim(name)));
create index client_need_agency_idx on client_need (agency_id, position);

alter table audit_event enable row level security;
alter table audit_event force row level security;
alter table process_group enable row level security;
alter table process_group force row level security;
alter table client_need enable row level security;
alter table client_need force row level security;

create policy audit_event_own_agency on audit_event
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy process_group_own_agency on process_group
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy process_group_region_read on process_group for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));
create policy client_need_own_agency on client_need
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy client_need_region_read on client_need for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));

-- The audit is append-only for the application: no UPDATE or DELETE is granted, and a trigger
-- refuses them for everyone else too.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

grant select, insert on audit_event to ${app_role};
grant select, insert, update on process_group, client_need to ${app_role};
