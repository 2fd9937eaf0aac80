-- Act 004 §10, Приложение № 2: each unit's quarterly information on its clients' satisfaction. The unit
-- enters how many clients it served per process group and channel kind; the feedback figures are counted
-- from the responses and frozen into the report when it goes to the unit head; the head signs it. A signed
-- report is a document: the database refuses to change it.
create table feedback_report (
    id                 uuid primary key,
    agency_id          uuid          not null references agency (id),
    unit_id            uuid          not null references org_unit (id),
    year               integer       not null check (year between 2000 and 2100),
    quarter            integer       not null check (quarter between 1 and 4),
    status             varchar(12)   not null check (status in ('DRAFT', 'SUBMITTED', 'SIGNED')),
    lines              jsonb         not null default '[]',
    updated_at         timestamptz   not null,
    updated_by         varchar(200)  not null,
    submitted_at       timestamptz,
    submitted_by       varchar(64),
    submitted_by_name  varchar(300),
    signed_at          timestamptz,
    signed_by          varchar(64),
    signed_by_name     varchar(300),
    returned_comment   varchar(2000),
    version            bigint        not null default 0,
    constraint feedback_report_submitted check (status = 'DRAFT' or (submitted_at is not null and submitted_by is not null)),
    constraint feedback_report_signed check (status <> 'SIGNED' or (signed_at is not null and signed_by is not null)),
    -- nobody signs off what they sent themselves
    constraint feedback_report_no_self_sign check (signed_by is null or signed_by <> submitted_by)
);
create unique index feedback_report_unit_quarter_uq on feedback_report (agency_id, unit_id, year, quarter);

alter table feedback_report enable row level security;
alter table feedback_report force row level security;
create policy feedback_report_own_agency on feedback_report
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
grant select, insert, update on feedback_report to ${app_role};

create function feedback_report_signed_is_final() returns trigger language plpgsql as $$
begin
    if old.status = 'SIGNED' then
        raise exception 'feedback_report % is signed and cannot change', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger feedback_report_signed_is_final before update or delete on feedback_report
    for each row execute function feedback_report_signed_is_final();

-- the heading of the form after «ИНФОРМАЦИЯ об уровне удовлетворенности внешних клиентов …» is the agency's own wording
alter table feedback_settings add column report_heading varchar(1000);

-- reminders and results of the reports reach people as notifications of their own kind
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('APPROVAL_AWAITING', 'STEP_DUE_SOON',
    'REQUEST_RETURNED', 'REQUEST_REJECTED', 'REQUEST_ENACTED', 'DEADLINE_DUE_SOON', 'REVIEW_TASK', 'REPORT_DUE', 'REPORT_TO_SIGN', 'REPORT_RETURNED', 'REPORT_SIGNED'));

alter table review_task drop constraint review_task_reason_check;
alter table review_task add constraint review_task_reason_check check (reason in ('PROCESS_INCLUDED', 'PROCESS_EXCLUDED',
    'TOUCHPOINT_KIND_CHANGED', 'NEED_RETIRED', 'STEP_OVERDUE', 'PUBLICATION_OVERDUE', 'SATISFACTION_LOW', 'REPORT_OVERDUE'));
