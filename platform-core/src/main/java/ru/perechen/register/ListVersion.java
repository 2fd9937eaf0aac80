package ru.perechen.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A редакция Перечня: approved and never changed.
 *
 * @param actNumber     the approving order's number, or null when the chain needs no order
 * @param requestNumber the change request it came from, or null for an initial version
 * @param approvedBy    who approved the request and when, as people read it (null for an initial version)
 */
public record ListVersion(UUID id, int number, String actNumber, LocalDate actDate, Instant enactedAt, String enactedBy,
                          UUID changeRequestId, Integer requestNumber, String approvedBy, int rowCount) {
}
