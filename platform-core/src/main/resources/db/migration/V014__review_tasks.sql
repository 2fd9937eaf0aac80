-- Актуализация (001 §3.3, 003 §15): a task to update the list after its grounds changed — a process
-- included in or excluded from the registry, a touchpoint's kind changed, a need retired — or after a
-- deadline passed (an approval step, a publication). Closed by the version that addresses it, or
-- dismissed with a written reason.
create table review_task (
    id                 uuid primary key,
    agency_id          uuid          not null references agency (id),
    reason             varchar(32)   not null check (reason in ('PROCESS_INCLUDED', 'PROCESS_EXCLUDED', 'TOUCHPOINT_KIND_CHANGED',
                                          'NEED_RETIRED', 'STEP_OVERDUE', 'PUBLICATION_OVERDUE')),
    subject            varchar(1000) not null,
    subject_id         uuid,
    subject_key        varchar(100)  not null,
    unit_id            uuid          references org_unit (id),
    entry_keys         jsonb         not null default '[]'::jsonb,
    status             varchar(16)   not null check (status in ('OPEN', 'CLOSED', 'DISMISSED')),
    created_at         timestamptz   not null,
    closed_at          timestamptz,
    closed_by_version  integer,
    closed_by_request  integer,
    dismissed_by       varchar(200),
    dismiss_reason     varchar(2000),
    version            bigint        not null default 0
);
create index review_task_open_idx on review_task (agency_id, status);
-- one open task per ground: the same ground noticed twice is the same task
create unique index review_task_open_uq on review_task (agency_id, reason, subject_key) where status = 'OPEN';

alter table review_task enable row level security;
alter table review_task force row level security;
create policy review_task_own_agency on review_task
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy review_task_region_read on review_task for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));
grant select, insert, update on review_task to ${app_role};
