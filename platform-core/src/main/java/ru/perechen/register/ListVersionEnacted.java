package ru.perechen.register;

import java.time.Instant;
import java.util.UUID;

/**
 * A new version of the list was enacted (published inside the enacting transaction).
 *
 * @param requestNumber the change request it came from, or null for an initial version
 */
public record ListVersionEnacted(UUID versionId, int number, Instant enactedAt, Integer requestNumber) {
}
