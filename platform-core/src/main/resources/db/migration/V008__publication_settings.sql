-- Which parts of the list are public: groups of processes for the internal client may be left off the website.
alter table agency_profile add column hide_internal_groups boolean not null default false;
