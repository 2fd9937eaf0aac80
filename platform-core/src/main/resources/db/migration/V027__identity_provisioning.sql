-- Agencies whose Keycloak organization and first admin are being created (decision 32). The entry is
-- committed before Keycloak is called; the creating transaction holds its row lock until it ends,
-- and the entry is removed once the agency is stored, or once what Keycloak holds without it is
-- removed. An entry nobody holds names a creation that was interrupted (the process died between
-- Keycloak and the commit): the next start, or the next attempt at the slug, settles it.
create table identity_provisioning (
    slug            varchar(40)   primary key,
    admin_username  varchar(60)   not null,
    marker          uuid          not null,
    started_at      timestamptz   not null default now()
);
-- platform data, like agency: no tenant owns it; UPDATE only for the row lock (select … for update)
grant select, insert, update, delete on identity_provisioning to ${app_role};
