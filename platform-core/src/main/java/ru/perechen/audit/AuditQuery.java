package ru.perechen.audit;

import java.time.LocalDate;

/**
 * What the audit log is narrowed to; every part is optional.
 *
 * @param text words to find in the summary or the actor's name
 */
public record AuditQuery(LocalDate from, LocalDate to, String entityType, String action, String text, int limit) {

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }
}
