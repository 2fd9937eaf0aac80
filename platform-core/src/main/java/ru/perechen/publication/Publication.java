package ru.perechen.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The publication of one version.
 *
 * @param dueOn           the last day to publish on, null while the calendar of its year is missing
 * @param calendarMissing the year whose calendar is missing, or null
 * @param daysLeft        working days from today to the deadline (negative: overdue), null when unknown or published
 * @param urlAnswered     whether the site answered at the URL when it was recorded (null: not checked)
 * @param releasedAt      when the version was released to the agency's open page, null while it is not public
 */
public record Publication(UUID id, int versionNumber, LocalDate enactedOn, int workingDays, LocalDate dueOn,
                          Integer calendarMissing, String publishedUrl, LocalDate publishedOn, String publishedBy,
                          Instant recordedAt, Boolean urlAnswered, PublicationState state, Integer daysLeft, Instant releasedAt,
                          String releasedBy, long version) {
}
