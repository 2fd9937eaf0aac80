-- The platform admin reads an agency's audit log: only inside the read-only region scope, only through
-- AuditLog's platform methods, which require the platform admin's role (decision 23).
create policy audit_event_region_read on audit_event for select
    using (agency_id in (select a.id from agency a
                         where a.region_id = nullif(current_setting('app.region_id', true), '')::uuid));
