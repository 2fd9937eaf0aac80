package ru.perechen.audit;

import java.time.Instant;
import java.util.UUID;

/** One recorded change, as the audit view shows it. States are JSON snapshots (or null). */
public record AuditEntry(UUID id, Instant occurredAt, String actorName, String entityType, UUID entityId,
                         String action, String summary, String beforeState, String afterState) {
}
