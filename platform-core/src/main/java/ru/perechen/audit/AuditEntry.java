package ru.perechen.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded action, as the audit view shows it. States are JSON snapshots (or null).
 *
 * @param seq       its number in the agency's chain
 * @param requestId the HTTP request it was done in, when there was one
 * @param hash      its hash in the chain (SHA-256, hex)
 */
public record AuditEntry(UUID id, long seq, Instant occurredAt, String actorId, String actorName, String entityType, UUID entityId,
                         String action, String summary, String beforeState, String afterState, String requestId, String hash) {
}
