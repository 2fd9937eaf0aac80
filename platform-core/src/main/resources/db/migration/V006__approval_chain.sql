-- The realm roles a person had at their last sign-in: the approval chain resolves "holders of a role" from them.
alter table staff_member add column roles varchar(400) not null default '';

-- Порядок согласования: each save is a new immutable revision. A change request keeps the revision it
-- started with, so changing the chain affects only new requests.
create table approval_chain (
    id                    uuid primary key,
    agency_id             uuid         not null references agency (id),
    revision              integer      not null check (revision > 0),
    act_required          boolean      not null,
    note_required         boolean      not null,
    created_at            timestamptz  not null,
    created_by            varchar(200) not null,
    version               bigint       not null default 0
);
create unique index approval_chain_revision_uq on approval_chain (agency_id, revision);

create table approval_chain_step (
    id              uuid primary key,
    agency_id       uuid         not null references agency (id),
    chain_id        uuid         not null references approval_chain (id),
    position        integer      not null check (position > 0),
    title           varchar(200),
    rule            varchar(24)  not null check (rule in ('UNIT_HEAD', 'SUPERVISING_DEPUTY', 'ROLE', 'PERSON')),
    role_name       varchar(40),
    person_id       uuid references staff_member (id),
    due_work_days   integer      not null check (due_work_days between 1 and 60),
    version         bigint       not null default 0,
    check ((rule = 'ROLE') = (role_name is not null)),
    check ((rule = 'PERSON') = (person_id is not null)),
    unique (chain_id, position)
);
create index approval_chain_step_chain_idx on approval_chain_step (chain_id);

alter table approval_chain enable row level security;
alter table approval_chain force row level security;
alter table approval_chain_step enable row level security;
alter table approval_chain_step force row level security;
create policy approval_chain_own_agency on approval_chain
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
create policy approval_chain_step_own_agency on approval_chain_step
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);

-- revisions are never changed: the application may only add and read them
grant select, insert on approval_chain, approval_chain_step to ${app_role};
