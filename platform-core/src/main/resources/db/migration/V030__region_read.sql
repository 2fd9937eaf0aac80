-- The region dashboard (decision 38) compares the agencies of a region by aggregate queries in the region
-- scope: the tables it counts become readable there, read-only, as the list, its versions, publications
-- and review tasks already are. Nothing personal is among them: feedback responses are read only as counts
-- (the contact column is never selected by the dashboard; the policy cannot narrow columns, the code does).
do $$
declare
    t text;
begin
    foreach t in array array['change_request', 'approval_decision', 'agency_process_unit', 'process_basis',
                             'feedback_settings', 'feedback_response']
    loop
        execute format('create policy %I on %I for select using (agency_id in (select a.id from agency a '
                       'where a.region_id = nullif(current_setting(''app.region_id'', true), '''')::uuid))',
                       t || '_region_read', t);
    end loop;
end $$;

-- «from submission to enactment»: a resubmission after a return overwrites submitted_at; the first
-- submission is kept apart, filled for the requests already sent from the audit log's first SUBMITTED event.
alter table change_request add column first_submitted_at timestamptz;
update change_request c set first_submitted_at = coalesce(
    (select min(e.occurred_at) from audit_event e
      where e.entity_type = 'ChangeRequest' and e.entity_id = c.id and e.action = 'SUBMITTED'),
    c.submitted_at)
where c.submitted_at is not null;
create index change_request_first_submitted_idx on change_request (agency_id, first_submitted_at);
