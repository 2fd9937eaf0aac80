-- The open page of an agency (/agencies/{slug}) shows only the versions released to it: an enacted
-- version becomes public when the person responsible for publication releases it.
alter table publication add column released_at timestamptz;
alter table publication add column released_by varchar(200);
