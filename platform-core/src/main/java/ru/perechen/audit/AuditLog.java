package ru.perechen.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.internal.AuditEventEntity;
import ru.perechen.audit.internal.AuditEventRepository;
import ru.perechen.spreadsheet.CellSafety;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only, tamper-evident record of every action, written in the same transaction as the
 * action itself: either both are stored or neither is. The database numbers each agency's events,
 * chains their hashes and refuses any change of a stored event; {@link #verify} recomputes the chain.
 */
@Service
public class AuditLog {

    /** The actor of system work (presets, scheduled jobs); views show it in the person's language. */
    public static final String SYSTEM = "system";
    /** The key under which the web layer puts the current request's id into the logging context. */
    public static final String REQUEST_ID = "requestId";
    public static final int MAX_ROWS = 5000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Each event with its recomputed hash and its predecessor's hash and number: what {@link ChainCheck} needs. */
    private static final String CHAIN = """
            select a.seq, a.prev_hash, a.hash, audit_event_hash(a), lag(a.hash) over (order by a.seq), lag(a.seq) over (order by a.seq)
            from audit_event a""";

    private final AuditEventRepository events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ru.perechen.tenancy.AgencyDirectory directory;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    AuditLog(AuditEventRepository events, EntityManager entityManager, Clock clock, ru.perechen.tenancy.AgencyDirectory directory,
             org.springframework.jdbc.core.simple.JdbcClient jdbc,
             org.springframework.transaction.PlatformTransactionManager transactions) {
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.directory = directory;
        this.jdbc = jdbc;
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * @param before the state before the change (a record), or null for a creation
     * @param after  the state after the change, or null for a removal
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, UUID entityId, String action, String summary, Object before, Object after) {
        TenantContext.requireAgency();
        String actorId = TenantContext.principal().map(TenantPrincipal::actorId).orElse(SYSTEM);
        String actorName = TenantContext.principal().map(TenantPrincipal::actorName).orElse(SYSTEM);
        String requestId = MDC.get(REQUEST_ID);
        events.save(new AuditEventEntity(clock.instant(), actorId, actorName, entityType, entityId, action,
                truncate(summary, 500), json(before), json(after), requestId == null ? null : truncate(requestId, 64)));
    }

    /** Records an action of a person who is not (yet) the signed-in principal, e.g. their own sign-in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actorId, String actorName, String entityType, UUID entityId, String action, String summary) {
        TenantContext.requireAgency();
        String requestId = MDC.get(REQUEST_ID);
        events.save(new AuditEventEntity(clock.instant(), actorId, actorName, entityType, entityId, action, truncate(summary, 500),
                null, null, requestId == null ? null : truncate(requestId, 64)));
    }

    /** The newest events of the current agency, for its administrator and the responsible deputy. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return search(AuditQuery.latest(limit));
    }

    /** The current agency's events that match, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        requireReader();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEventEntity> q = cb.createQuery(AuditEventEntity.class);
        Root<AuditEventEntity> e = q.from(AuditEventEntity.class);
        List<Predicate> where = new ArrayList<>();
        ZoneId zone = ZoneId.of("Europe/Moscow");
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(e.get("occurredAt"), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (query.entityType() != null && !query.entityType().isBlank()) {
            where.add(cb.equal(e.get("entityType"), query.entityType()));
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.add(cb.equal(e.get("action"), query.action()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.like(e.get("searchText"), like, '\\'));
        }
        q.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(e.get("seq")));
        return entityManager.createQuery(q).setMaxResults(Math.max(1, Math.min(query.limit(), MAX_ROWS))).getResultList().stream()
                .map(AuditLog::toEntry).toList();
    }

    /**
     * The matching events as CSV (UTF-8 with a BOM, «;»-separated, as spreadsheets in Russian read it).
     * Names and summaries are people's text (an actor's name comes from the identity provider), so every
     * cell is neutralised as the open-data CSV is: a spreadsheet never takes one for a formula.
     */
    @Transactional(readOnly = true)
    public String csv(AuditQuery query, Headers headers) {
        List<AuditEntry> rows = search(query);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord(headers.titles().stream().map(CellSafety::neutralise).toList());
            for (AuditEntry r : rows) {
                csv.printRecord(Stream.of(String.valueOf(r.seq()), r.occurredAt().atZone(ZoneId.of("Europe/Moscow")).toLocalDateTime()
                        .withNano(0).toString(), r.actorName(), r.entityType(), r.action(), r.summary(), r.beforeState(), r.afterState(),
                        r.requestId(), r.hash()).map(CellSafety::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The CSV's column titles, in the person's language. */
    public record Headers(List<String> titles) {
    }

    /**
     * Recomputes the current agency's chain in the database: each event's hash over its content and
     * the previous hash, each link to the previous event, the numbers without gaps.
     */
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        TenantContext.requireAgency();
        if (!TenantContext.isSystem()) {
            requireReader();
        }
        return ChainCheck.of(jdbc.sql(CHAIN + " order by a.seq").query((rs, n) -> ChainCheck.link(rs)).list());
    }

    /** The platform admin reads one agency's log: read-only, in the agency's region scope. */
    public List<AuditEntry> searchAgency(ru.perechen.tenancy.AgencyId agency, String text, int limit) {
        return inAgencyRegion(agency, () -> {
            String like = text == null || text.isBlank() ? null
                    : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            return jdbc.sql("""
                    select id, seq, occurred_at, actor_id, actor_name, entity_type, entity_id, action, summary,
                           before_state::text as before_state, after_state::text as after_state, request_id, hash
                    from audit_event where agency_id = :agency and (cast(:like as text) is null or search_text like :like)
                    order by seq desc limit :limit""")
                    .param("agency", agency.value()).param("like", like).param("limit", Math.max(1, Math.min(limit, MAX_ROWS)))
                    .query((rs, n) -> new AuditEntry(rs.getObject("id", UUID.class), rs.getLong("seq"),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_id"), rs.getString("actor_name"),
                            rs.getString("entity_type"), rs.getObject("entity_id", UUID.class), rs.getString("action"),
                            rs.getString("summary"), rs.getString("before_state"), rs.getString("after_state"), rs.getString("request_id"),
                            rs.getString("hash") == null ? null : rs.getString("hash").strip()))
                    .list();
        });
    }

    /** The platform admin checks one agency's chain. */
    public ChainCheck verifyAgency(ru.perechen.tenancy.AgencyId agency) {
        return inAgencyRegion(agency, () -> ChainCheck.of(jdbc.sql(CHAIN + " where a.agency_id = :agency order by a.seq")
                .param("agency", agency.value()).query((rs, n) -> ChainCheck.link(rs)).list()));
    }

    private <T> T inAgencyRegion(ru.perechen.tenancy.AgencyId agency, java.util.function.Supplier<T> work) {
        Access.PLATFORM.require();
        ru.perechen.tenancy.RegionId region = directory.find(agency).map(ru.perechen.tenancy.AgencySummary::regionId)
                .orElseThrow(() -> new ru.perechen.tenancy.AccessDeniedToTenantException("No such agency"));
        return TenantContext.callInRegionScope(region, () -> readOnly.execute(status -> work.get()));
    }

    private static void requireReader() {
        TenantContext.requireAgency();
        Access.OVERSIGHT.require();
    }

    private static AuditEntry toEntry(AuditEventEntity e) {
        return new AuditEntry(e.getId(), e.getSeq() == null ? 0 : e.getSeq(), e.getOccurredAt(), e.getActorId(), e.getActorName(),
                e.getEntityType(), e.getEntityId(), e.getAction(), e.getSummary(), e.getBeforeState(), e.getAfterState(),
                e.getRequestId(), e.getHash() == null ? null : e.getHash().strip());
    }

    private static String json(Object state) {
        return state == null ? null : JSON.writeValueAsString(state);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
