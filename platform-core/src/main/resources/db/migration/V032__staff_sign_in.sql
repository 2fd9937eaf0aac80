-- When a person last signed in through the identity provider (the staff page shows it; null: never yet).
alter table staff_member add column last_sign_in_at timestamptz;
