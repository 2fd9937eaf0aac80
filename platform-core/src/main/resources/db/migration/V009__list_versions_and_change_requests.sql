-- Редакции Перечня: approved, immutable snapshots numbered 1, 2, … per agency.
create table list_version (
    id                 uuid primary key,
    agency_id          uuid          not null references agency (id),
    number             integer       not null check (number > 0),
    act_number         varchar(100),
    act_date           date,
    enacted_at         timestamptz   not null,
    enacted_by         varchar(200)  not null,
    change_request_id  uuid,
    request_number     integer,
    -- who approved the request, as people read it: «Ольга Начальникова, 01.12.2026; …»
    approved_by        varchar(2000),
    row_count          integer       not null check (row_count >= 0),
    version            bigint        not null default 0,
    check ((act_number is null) = (act_date is null))
);
create unique index list_version_number_uq on list_version (agency_id, number);

-- Строки Перечня as revisions: a row (entry_key) is as this revision says from version valid_from up to,
-- not including, valid_to (null: still current). A version is every revision alive at its number, so
-- enacting writes only the rows that change. Names are kept as they were when the revision was
-- enacted: an old version reads as it was printed, whatever the catalogues have become since.
create table list_entry (
    id               uuid primary key,
    agency_id        uuid          not null references agency (id),
    entry_key        uuid          not null,
    valid_from       integer       not null check (valid_from > 0),
    valid_to         integer       check (valid_to is null or valid_to > valid_from),
    group_id         uuid          not null references process_group (id),
    group_number     integer,
    group_title      varchar(500)  not null,
    process_id       uuid          not null references agency_process (id),
    process_name     varchar(1000) not null,
    unit_id          uuid          references org_unit (id),
    unit_name        varchar(300),
    touchpoint_id    uuid          not null references touchpoint (id),
    touchpoint_name  varchar(500)  not null,
    channel_kind     varchar(16)   not null check (channel_kind in ('DIGITAL', 'OFFLINE')),
    needs            jsonb         not null,
    specifics        varchar(4000),
    basis            varchar(1000),
    custom_values    jsonb         not null default '{}'::jsonb,
    -- for filtering and search without unpacking the JSON: the needs' ids, and the row's text in lower case
    need_ids         varchar(4000) not null default '',
    search_text      text          not null default '',
    version          bigint        not null default 0
);
create index list_entry_alive_idx on list_entry (agency_id, valid_from, valid_to);
create unique index list_entry_current_uq on list_entry (agency_id, entry_key) where valid_to is null;
create index list_entry_key_idx on list_entry (agency_id, entry_key);

-- Запросы на внесение изменений (add / modify / exclude rows) with their explanatory note.
create table change_request (
    id                  uuid primary key,
    agency_id           uuid          not null references agency (id),
    number              integer       not null check (number > 0),
    title               varchar(300)  not null check (length(btrim(title)) > 0),
    explanatory_note    varchar(8000),
    status              varchar(16)   not null check (status in ('DRAFT', 'IN_APPROVAL', 'RETURNED', 'APPROVED', 'ENACTED',
                                        'REJECTED', 'WITHDRAWN')),
    initiator_id        varchar(64)   not null,
    initiator_name      varchar(200)  not null,
    unit_id             uuid          references org_unit (id),
    base_version        integer       not null check (base_version >= 0),
    chain_id            uuid          references approval_chain (id),
    current_step        integer       not null default 0,
    round               integer       not null default 0,
    created_at          timestamptz   not null,
    submitted_at        timestamptz,
    closed_at           timestamptz,
    act_number          varchar(100),
    act_date            date,
    enacted_version     integer,
    version             bigint        not null default 0
);
create unique index change_request_number_uq on change_request (agency_id, number);
create index change_request_status_idx on change_request (agency_id, status);

create table change_item (
    id                uuid primary key,
    agency_id         uuid          not null references agency (id),
    request_id        uuid          not null references change_request (id),
    position          integer       not null check (position > 0),
    operation         varchar(8)    not null check (operation in ('ADD', 'MODIFY', 'EXCLUDE')),
    entry_key         uuid          not null,
    base_revision_id  uuid          references list_entry (id),
    content           jsonb,
    version           bigint        not null default 0,
    check ((operation = 'ADD') = (base_revision_id is null)),
    check ((operation = 'EXCLUDE') = (content is null))
);
create index change_item_request_idx on change_item (request_id);
create index change_item_entry_idx on change_item (agency_id, entry_key);

-- Решения согласующих: one row per decision, never changed.
create table approval_decision (
    id             uuid primary key,
    agency_id      uuid          not null references agency (id),
    request_id     uuid          not null references change_request (id),
    round          integer       not null check (round > 0),
    step_position  integer       not null check (step_position > 0),
    seat_key       varchar(64)   not null,
    decision       varchar(16)   not null check (decision in ('APPROVED', 'RETURNED', 'REJECTED')),
    actor_id       varchar(64)   not null,
    actor_name     varchar(200)  not null,
    comment        varchar(4000),
    -- set when a substitute appointed by the tenant admin decided for the person named here
    on_behalf_of   varchar(200),
    decided_at     timestamptz   not null,
    version        bigint        not null default 0
);
create index approval_decision_request_idx on approval_decision (request_id);
-- one approval per seat of a step in a round: two approvers racing for the same seat cannot both win
create unique index approval_decision_seat_uq on approval_decision (request_id, round, step_position, seat_key)
    where decision = 'APPROVED';

-- Замещение: the tenant admin appoints who decides for an absent approver, for a period.
create table approval_substitute (
    id              uuid primary key,
    agency_id       uuid          not null references agency (id),
    absent_id       uuid          not null references staff_member (id),
    substitute_id   uuid          not null references staff_member (id),
    valid_from      date          not null,
    valid_to        date          not null,
    reason          varchar(500),
    appointed_by    varchar(200)  not null,
    appointed_at    timestamptz   not null,
    revoked         boolean       not null default false,
    version         bigint        not null default 0,
    check (absent_id <> substitute_id),
    check (valid_to >= valid_from)
);
create index approval_substitute_absent_idx on approval_substitute (agency_id, absent_id);
alter table approval_substitute enable row level security;
alter table approval_substitute force row level security;
create policy approval_substitute_own_agency on approval_substitute
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
grant select, insert, update on approval_substitute to ${app_role};

-- The signed scan of the approving order (PDF, at most 20 MB), one per request.
create table approving_act_scan (
    id           uuid primary key,
    agency_id    uuid          not null references agency (id),
    request_id   uuid          not null references change_request (id),
    file_name    varchar(255)  not null,
    content      bytea         not null,
    byte_size    integer       not null check (byte_size between 1 and 20971520),
    uploaded_at  timestamptz   not null,
    uploaded_by  varchar(200)  not null,
    version      bigint        not null default 0
);
create unique index approving_act_scan_request_uq on approving_act_scan (request_id);
alter table approving_act_scan enable row level security;
alter table approving_act_scan force row level security;
create policy approving_act_scan_own_agency on approving_act_scan
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
grant select, insert, update on approving_act_scan to ${app_role};

alter table list_version enable row level security;
alter table list_version force row level security;
alter table list_entry enable row level security;
alter table list_entry force row level security;
alter table change_request enable row level security;
alter table change_request force row level security;
alter table change_item enable row level security;
alter table change_item force row level security;
alter table approval_decision enable row level security;
alter table approval_decision force row level security;

create policy list_version_own_agency on list_version
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy list_version_region_read on list_version for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));
create policy list_entry_own_agency on list_entry
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy list_entry_region_read on list_entry for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));
create policy change_request_own_agency on change_request
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy change_item_own_agency on change_item
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy approval_decision_own_agency on approval_decision
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);

-- versions and decisions are never changed; a row revision may only be closed by a later version
grant select, insert on list_version, approval_decision to ${app_role};
grant select, insert on list_entry to ${app_role};
grant update (valid_to) on list_entry to ${app_role};
grant select, insert, update on change_request to ${app_role};
grant select, insert, update, delete on change_item to ${app_role};
