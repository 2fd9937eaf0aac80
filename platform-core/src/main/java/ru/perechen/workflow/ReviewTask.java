package ru.perechen.workflow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A задача актуализации: the list has to be updated because one of its grounds changed (001 §3.3,
 * 003 §15) or a deadline passed.
 *
 * @param unitId    the unit responsible (the process's owner), or null when it concerns every unit
 * @param entryKeys the rows of the version in force it concerns
 */
public record ReviewTask(UUID id, Reason reason, String subject, UUID unitId, String unitName, List<UUID> entryKeys, Status status,
                         Instant createdAt, Instant closedAt, Integer closedByVersion, Integer closedByRequest, String dismissedBy,
                         String dismissReason, long version) {

    public enum Reason {
        PROCESS_INCLUDED, PROCESS_EXCLUDED, TOUCHPOINT_KIND_CHANGED, NEED_RETIRED, STEP_OVERDUE, PUBLICATION_OVERDUE,
        /** Act 004: a touchpoint's satisfaction fell below the agency's threshold over a quarter. */
        SATISFACTION_LOW,
        /** Act 004 §10: a unit's quarterly report not signed by its due day. */
        REPORT_OVERDUE;

        public String messageKey() {
            return "review.reason." + name();
        }
    }

    public enum Status {
        OPEN, CLOSED, DISMISSED;

        public String messageKey() {
            return "review.status." + name();
        }
    }
}
