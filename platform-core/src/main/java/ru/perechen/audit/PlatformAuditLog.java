package ru.perechen.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's own audit log: what belongs to no agency (regions and agencies, the production
 * calendar, the platform admin's sign-ins), hash-chained and append-only in the database like an
 * agency's log, and read by the platform admin only.
 */
@Service
public class PlatformAuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    PlatformAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action in the transaction that does it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityId, String action, String summary, Object after) {
        String actorId = TenantContext.principal().map(TenantPrincipal::actorId).orElse(AuditLog.SYSTEM);
        String actorName = TenantContext.principal().map(TenantPrincipal::actorName).orElse(AuditLog.SYSTEM);
        insert(actorId, actorName, entityType, entityId, action, summary, after);
    }

    /** The platform admin signed in (before the session has a principal). */
    @Transactional
    public void recordSignIn(String subject, String name) {
        insert(subject, name, "PlatformAdmin", subject, "SIGNED_IN", name, null);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        Access.PLATFORM.require();
        return jdbc.sql("""
                select id, seq, occurred_at, actor_id, actor_name, entity_type, entity_id, action, summary, after_state::text as after_state,
                       request_id, hash from platform_audit_event order by seq desc limit :limit""")
                .param("limit", Math.max(1, Math.min(limit, AuditLog.MAX_ROWS)))
                .query((rs, n) -> new AuditEntry(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("entity_type"), null, rs.getString("action"),
                        rs.getString("summary"), null, rs.getString("after_state"), rs.getString("request_id"), rs.getString("hash").strip()))
                .list();
    }

    @Transactional(readOnly = true)
    public ChainCheck verify() {
        Access.PLATFORM.require();
        return ChainCheck.of(jdbc.sql("""
                select a.seq, a.prev_hash, a.hash, platform_audit_event_hash(a), lag(a.hash) over (order by a.seq),
                       lag(a.seq) over (order by a.seq) from platform_audit_event a order by a.seq""")
                .query((rs, n) -> ChainCheck.link(rs)).list());
    }

    private void insert(String actorId, String actorName, String entityType, String entityId, String action, String summary,
                        Object after) {
        String requestId = MDC.get(AuditLog.REQUEST_ID);
        jdbc.sql("""
                insert into platform_audit_event (id, seq, occurred_at, actor_id, actor_name, entity_type, entity_id, action, summary,
                                                  after_state, request_id, prev_hash, hash)
                values (:id, 0, :at, :actorId, :actorName, :type, :entityId, :action, :summary, cast(:after as jsonb), :request, '', '')""")
                .param("id", UUID.randomUUID()).param("at", java.sql.Timestamp.from(clock.instant())).param("actorId", cut(actorId, 64))
                .param("actorName", cut(actorName, 200)).param("type", entityType).param("entityId", entityId == null ? null : cut(entityId, 64))
                .param("action", action).param("summary", cut(summary, 500))
                .param("after", after == null ? null : JSON.writeValueAsString(after))
                .param("request", requestId == null ? null : cut(requestId, 64)).update();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
