package ru.perechen.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.perechen.audit.AuditLog;
import ru.perechen.tenancy.PublicationSettingsChanged;

/** Records changes of the publication settings, which tenancy announces. */
@Component
class PublicationSettingsAudit {

    private final AuditLog auditLog;

    PublicationSettingsAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(PublicationSettingsChanged changed) {
        auditLog.record("PublicationSettings", changed.profileId(), changed.before() == null ? "CREATED" : "UPDATED",
                "Размещение на официальном сайте", changed.before(), changed.after());
    }
}
