-- Act 004: the feedback system an agency builds on its Перечень. A survey definition is versioned (a
-- response keeps the version it answered); each touchpoint has a link whose token the public form checks;
-- a response is stored as the client (or the staff member typing a paper form) gave it, and never changed
-- afterwards but for the withdrawal of a consent.
create table feedback_settings (
    id                      uuid primary key,
    agency_id               uuid         not null references agency (id),
    enabled                 boolean      not null default false,
    survey_version_id       uuid,
    threshold_percent       integer      not null default 70 check (threshold_percent between 1 and 100),
    report_due_working_days integer      not null default 10 check (report_due_working_days between 1 and 60),
    version                 bigint       not null default 0
);
create unique index feedback_settings_agency_uq on feedback_settings (agency_id);

create table survey_version (
    id          uuid primary key,
    agency_id   uuid          not null references agency (id),
    number      integer       not null check (number > 0),
    title       varchar(500)  not null,
    preset      varchar(40),
    definition  jsonb         not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    version     bigint        not null default 0
);
create unique index survey_version_number_uq on survey_version (agency_id, number);

create table feedback_link (
    id            uuid primary key,
    agency_id     uuid         not null references agency (id),
    touchpoint_id uuid         not null references touchpoint (id),
    token         varchar(32)  not null check (token ~ '^[A-Za-z0-9_-]{16,32}$'),
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);
create unique index feedback_link_touchpoint_uq on feedback_link (agency_id, touchpoint_id);
create unique index feedback_link_token_uq on feedback_link (token);

create table feedback_response (
    id                      uuid primary key,
    agency_id               uuid          not null references agency (id),
    survey_version_id       uuid          not null references survey_version (id),
    channel                 varchar(30)   not null,
    touchpoint_id           uuid references touchpoint (id),
    process_id              uuid references agency_process (id),
    unit_id                 uuid references org_unit (id),
    group_id                uuid references process_group (id),
    support_measure         varchar(500),
    municipality            varchar(200),
    way                     varchar(10)   check (way in ('IN_PERSON', 'ONLINE')),
    applicant               varchar(10)   check (applicant in ('INDIVIDUAL', 'LEGAL')),
    received_on             timestamp,
    answered_at             timestamptz   not null,
    provided                boolean,
    satisfied               boolean,
    informed_after_refusal  boolean,
    score_information       smallint check (score_information between 1 and 5),
    score_documents         smallint check (score_documents between 1 and 5),
    score_politeness        smallint check (score_politeness between 1 and 5),
    score_location          smallint check (score_location between 1 and 5),
    score_interface         smallint check (score_interface between 1 and 5),
    score_status            smallint check (score_status between 1 and 5),
    score_timeliness        smallint check (score_timeliness between 1 and 5),
    difficulties            jsonb         not null default '{}',
    comment                 varchar(4000),
    contact                 varchar(300),
    consent_at              timestamptz,
    consent_withdrawn_at    timestamptz,
    submission_key          uuid          not null,
    entered_by              varchar(200),
    version                 bigint        not null default 0,
    -- the act's branches, kept by the database too
    constraint feedback_after_refusal check (informed_after_refusal is null or provided = false),
    constraint feedback_in_person check ((score_politeness is null and score_location is null) or way = 'IN_PERSON'),
    constraint feedback_online check ((score_interface is null and score_status is null) or way = 'ONLINE'),
    constraint feedback_contact_consent check (contact is null or consent_at is not null)
);
create unique index feedback_response_submission_uq on feedback_response (agency_id, submission_key);
create index feedback_response_answered on feedback_response (agency_id, answered_at);

do $$
declare t text;
begin
    foreach t in array array['feedback_settings', 'survey_version', 'feedback_link', 'feedback_response'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (agency_id = nullif(current_setting(''app.agency_id'', true), '''')::uuid)'
                       ' with check (agency_id = nullif(current_setting(''app.agency_id'', true), '''')::uuid)', t || '_own_agency', t);
    end loop;
end $$;

grant select, insert, update on feedback_settings to ${app_role};
grant select, insert on survey_version to ${app_role};
grant select, insert on feedback_link to ${app_role};
-- a response is never rewritten: only its consent may be withdrawn (the column is the only one updatable)
grant select, insert on feedback_response to ${app_role};
grant update (consent_withdrawn_at, contact, version) on feedback_response to ${app_role};

-- a touchpoint rated under the agency's threshold over a quarter is a review task of its own kind
alter table review_task drop constraint review_task_reason_check;
alter table review_task add constraint review_task_reason_check check (reason in ('PROCESS_INCLUDED', 'PROCESS_EXCLUDED',
    'TOUCHPOINT_KIND_CHANGED', 'NEED_RETIRED', 'STEP_OVERDUE', 'PUBLICATION_OVERDUE', 'SATISFACTION_LOW'));
