-- ShedLock's table: a scheduled check runs on one node at a time when several app instances run.
create table shedlock (
    name        varchar(64)   not null primary key,
    lock_until  timestamp     not null,
    locked_at   timestamp     not null,
    locked_by   varchar(255)  not null
);
grant select, insert, update on shedlock to ${app_role};
