-- Regional coordinators as the platform knows them (issue 14): who coordinates which region, assigned by
-- the platform admin (the identity provider gets the role and the region attribute at the same time), and
-- where the weekly digest goes. Reference data like region and agency: no tenant owns it, the service checks
-- who may change it. A revoked assignment stays, dated.
create table region_coordinator (
    id            uuid primary key,
    region_id     uuid          not null references region (id),
    username      varchar(100)  not null check (length(btrim(username)) > 0),
    display_name  varchar(300)  not null,
    email         varchar(320),
    assigned_at   timestamptz   not null,
    assigned_by   varchar(200)  not null,
    revoked_at    timestamptz,
    revoked_by    varchar(200),
    digest_sent_at timestamptz,
    version       bigint        not null default 0
);
create unique index region_coordinator_active_uq on region_coordinator (region_id, lower(username)) where revoked_at is null;
grant select, insert, update on region_coordinator to ${app_role};
