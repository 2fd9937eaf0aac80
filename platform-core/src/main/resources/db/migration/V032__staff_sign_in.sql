-- The login a person signs in with and when they last did (the staff page shows both; null: not signed in yet).
alter table staff_member add column username varchar(100);
alter table staff_member add column last_sign_in_at timestamptz;
