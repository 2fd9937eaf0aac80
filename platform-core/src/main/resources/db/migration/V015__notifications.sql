-- Each person's notifications (the in-app inbox) and the e-mail outbox in one table: emailed_at stays
-- empty until the scheduled sender has mailed it (or decided not to, by the person's preferences).
create table notification (
    id          uuid primary key,
    agency_id   uuid          not null references agency (id),
    recipient   varchar(64)   not null,
    kind        varchar(32)   not null check (kind in ('APPROVAL_AWAITING', 'STEP_DUE_SOON', 'REQUEST_RETURNED', 'REQUEST_REJECTED', 'REQUEST_ENACTED',
                                  'DEADLINE_DUE_SOON', 'REVIEW_TASK')),
    params      jsonb         not null,
    link        varchar(500),
    created_at  timestamptz   not null,
    read_at     timestamptz,
    emailed_at  timestamptz,
    version     bigint        not null default 0
);
create index notification_recipient_idx on notification (agency_id, recipient, created_at desc);
create index notification_outbox_idx on notification (agency_id) where emailed_at is null;

create table notification_preference (
    id         uuid primary key,
    agency_id  uuid          not null references agency (id),
    subject    varchar(64)   not null,
    email_off  varchar(500)  not null default '',
    digest     boolean       not null default false,
    version    bigint        not null default 0
);
create unique index notification_preference_uq on notification_preference (agency_id, subject);

alter table notification enable row level security;
alter table notification force row level security;
alter table notification_preference enable row level security;
alter table notification_preference force row level security;
create policy notification_own_agency on notification
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy notification_preference_own_agency on notification_preference
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
grant select, insert, update on notification, notification_preference to ${app_role};
