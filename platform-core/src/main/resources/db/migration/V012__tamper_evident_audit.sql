-- The audit log becomes tamper-evident: each event carries its number in the agency's chain, the
-- previous event's hash and its own hash over its content and that previous hash (SHA-256, computed
-- by the database so that the application cannot write a hash of its own). UPDATE, DELETE and
-- TRUNCATE are refused by triggers (V002's for UPDATE and DELETE, a new one for TRUNCATE), for the
-- owner as well as for the application's role.
alter table audit_event add column request_id varchar(64);
-- the summary and the actor in lower case, for searching whatever the database's locale (not hashed: derived)
alter table audit_event add column search_text varchar(800) not null default '';
alter table audit_event add column seq bigint;
alter table audit_event add column prev_hash char(64);
alter table audit_event add column hash char(64);

-- what the hash covers, in one canonical text: every column but the hash itself
create function audit_event_canonical(e audit_event) returns text language sql stable as $$
    select concat_ws('|', e.agency_id::text, e.seq::text,
                     to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                     e.actor_id, e.actor_name, e.entity_type, coalesce(e.entity_id::text, '-'), e.action, e.summary,
                     coalesce(e.before_state::text, '-'), coalesce(e.after_state::text, '-'), coalesce(e.request_id, '-'),
                     e.prev_hash)
$$;

create function audit_event_hash(e audit_event) returns char(64) language sql stable as $$
    select encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')
$$;

-- chain the events already there, agency by agency, in the order they happened (the owner sees every
-- agency's rows while the table's row-level security is not forced)
alter table audit_event no force row level security;
alter table audit_event disable trigger audit_event_append_only;
do $$
declare
    e audit_event;
    previous_agency uuid := null;
    previous_hash char(64);
    n bigint;
begin
    for e in select * from audit_event order by agency_id, occurred_at, id loop
        if previous_agency is distinct from e.agency_id then
            previous_agency := e.agency_id;
            previous_hash := repeat('0', 64);
            n := 0;
        end if;
        n := n + 1;
        e.seq := n;
        e.prev_hash := previous_hash;
        e.hash := audit_event_hash(e);
        update audit_event set seq = e.seq, prev_hash = e.prev_hash, hash = e.hash,
            search_text = lower(e.summary || ' ' || e.actor_name) where id = e.id;
        previous_hash := e.hash;
    end loop;
end $$;

alter table audit_event enable trigger audit_event_append_only;
alter table audit_event force row level security;

alter table audit_event alter column seq set not null;
alter table audit_event alter column prev_hash set not null;
alter table audit_event alter column hash set not null;
create unique index audit_event_chain_uq on audit_event (agency_id, seq);

create function audit_event_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash char(64);
begin
    -- one chain per agency: concurrent events of one agency take their turn
    perform pg_advisory_xact_lock(hashtextextended('audit_event:' || new.agency_id::text, 0));
    select seq, hash into last_seq, last_hash from audit_event where agency_id = new.agency_id order by seq desc limit 1;
    new.seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := coalesce(last_hash, repeat('0', 64));
    new.hash := audit_event_hash(new);
    return new;
end $$;
create trigger audit_event_chain before insert on audit_event for each row execute function audit_event_chain();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

grant execute on function audit_event_canonical(audit_event), audit_event_hash(audit_event) to ${app_role};
