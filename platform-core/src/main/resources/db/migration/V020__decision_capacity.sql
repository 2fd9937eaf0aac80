-- In which capacity a decision was taken: the people an appointed substitute decided for (their Keycloak
-- subjects, comma-separated; the names stay in on_behalf_of), and whether the decision is the unit head's
-- approval given by submitting their own request (acts 000/002: the head forms the list's changes).
-- Segregation of duties reads both: nobody decides a request they initiated, directly or for someone,
-- and nobody decides two steps of one request in any capacity.
alter table approval_decision add column on_behalf_of_ids varchar(2000);
alter table approval_decision add column by_submission boolean not null default false;
