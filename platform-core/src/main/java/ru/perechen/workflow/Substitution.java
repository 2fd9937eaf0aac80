package ru.perechen.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.perechen.catalog.StaffMember;

/**
 * An appointed substitute: from {@code from} to {@code to} (both included) {@code substitute} decides
 * for {@code absent} at any step the absent person would decide. Every such decision names whom it
 * was taken for.
 */
public record Substitution(UUID id, StaffMember absent, StaffMember substitute, LocalDate from, LocalDate to, String reason,
                           String appointedBy, Instant appointedAt, boolean revoked, long version) {

    public boolean activeOn(LocalDate day) {
        return !revoked && !day.isBefore(from) && !day.isAfter(to);
    }
}
