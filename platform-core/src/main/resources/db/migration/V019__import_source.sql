-- The file a change request was imported from, kept with it: approvers and the audit can see what
-- the rows were read from, byte for byte (the SHA-256 says so).
create table import_source (
    id           uuid primary key,
    agency_id    uuid          not null references agency (id),
    request_id   uuid          not null references change_request (id),
    file_name    varchar(255)  not null,
    content      bytea         not null,
    byte_size    integer       not null check (byte_size between 1 and 10485760),
    sha256       char(64)      not null,
    row_count    integer       not null check (row_count >= 0),
    uploaded_at  timestamptz   not null,
    uploaded_by  varchar(200)  not null,
    version      bigint        not null default 0
);
create unique index import_source_request_uq on import_source (request_id);
alter table import_source enable row level security;
alter table import_source force row level security;
create policy import_source_own_agency on import_source
    using (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid)
    with check (agency_id = nullif(current_setting('app.agency_id', true), '')::uuid);
grant select, insert on import_source to ${app_role};
