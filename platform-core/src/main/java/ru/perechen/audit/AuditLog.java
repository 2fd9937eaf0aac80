package ru.perechen.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.internal.AuditEventEntity;
import ru.perechen.audit.internal.AuditEventRepository;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records configuration changes in the same transaction as the change itself: either both are
 * stored or neither is.
 */
@Service
public class AuditLog {

    /** The actor of system work (presets, scheduled jobs); views show it in the person's language. */
    public static final String SYSTEM = "system";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
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
        events.save(new AuditEventEntity(clock.instant(), actorId, actorName, entityType, entityId, action,
                truncate(summary, 500), json(before), json(after)));
    }

    /** The newest changes of the current agency, for its administrator and the responsible deputy. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        TenantContext.requireAgency();
        TenantContext.requireAnyRole(Role.TENANT_ADMIN, Role.CC_DEPUTY);
        return events.findByOrderByOccurredAtDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 1000)))).stream()
                .map(e -> new AuditEntry(e.getId(), e.getOccurredAt(), e.getActorName(), e.getEntityType(),
                        e.getEntityId(), e.getAction(), e.getSummary(), e.getBeforeState(), e.getAfterState()))
                .toList();
    }

    private static String json(Object state) {
        return state == null ? null : JSON.writeValueAsString(state);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
