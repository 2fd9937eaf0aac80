package ru.perechen.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.perechen.audit.AuditLog;
import ru.perechen.tenancy.AgencyProfileChanged;

/** Tenancy cannot depend on the audit, so it announces profile changes and the audit records them. */
@Component
class AgencyProfileAudit {

    private final AuditLog auditLog;

    AgencyProfileAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(AgencyProfileChanged changed) {
        auditLog.record("AgencyProfile", changed.profileId(), changed.before() == null ? "CREATED" : "UPDATED",
                "Профиль органа", changed.before(), changed.after());
    }
}
