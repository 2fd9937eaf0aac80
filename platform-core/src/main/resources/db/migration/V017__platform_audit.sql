-- What the platform admin does belongs to no agency: regions and agencies created or deactivated,
-- production calendar years and regional days off, the platform admin's sign-ins. One chain, hashed
-- and append-only exactly like an agency's (V012); read by the platform admin only, through its service.
create table platform_audit_event (
    id           uuid primary key,
    seq          bigint        not null,
    occurred_at  timestamptz   not null,
    actor_id     varchar(64)   not null,
    actor_name   varchar(200)  not null,
    entity_type  varchar(64)   not null,
    entity_id    varchar(64),
    action       varchar(32)   not null,
    summary      varchar(500)  not null,
    after_state  jsonb,
    request_id   varchar(64),
    prev_hash    char(64)      not null,
    hash         char(64)      not null,
    version      bigint        not null default 0
);
create unique index platform_audit_event_seq_uq on platform_audit_event (seq);

create function platform_audit_event_hash(e platform_audit_event) returns char(64) language sql stable as $$
    select encode(sha256(convert_to(concat_ws('|', e.seq::text,
                     to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), e.actor_id, e.actor_name,
                     e.entity_type, coalesce(e.entity_id, '-'), e.action, e.summary, coalesce(e.after_state::text, '-'),
                     coalesce(e.request_id, '-'), e.prev_hash), 'UTF8')), 'hex')
$$;

create function platform_audit_event_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash char(64);
begin
    perform pg_advisory_xact_lock(hashtextextended('platform_audit_event', 0));
    select seq, hash into last_seq, last_hash from platform_audit_event order by seq desc limit 1;
    new.seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := coalesce(last_hash, repeat('0', 64));
    new.hash := platform_audit_event_hash(new);
    return new;
end $$;
create trigger platform_audit_event_chain before insert on platform_audit_event
    for each row execute function platform_audit_event_chain();
create trigger platform_audit_event_append_only before update or delete on platform_audit_event
    for each row execute function audit_event_is_append_only();
create trigger platform_audit_event_no_truncate before truncate on platform_audit_event
    for each statement execute function audit_event_is_append_only();

grant select, insert on platform_audit_event to ${app_role};
grant execute on function platform_audit_event_hash(platform_audit_event) to ${app_role};
