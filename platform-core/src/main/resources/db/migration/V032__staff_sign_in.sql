-- The login a person signs in with and when they last did (the staff page shows both; null: not signed in yet),
-- and whether the agency's tenant admin has disabled them (refused at their next request, page or API).
alter table staff_member add column username varchar(255);
alter table staff_member add column last_sign_in_at timestamptz;
alter table staff_member add column disabled boolean not null default false;
