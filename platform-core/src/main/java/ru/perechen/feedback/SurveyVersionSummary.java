package ru.perechen.feedback;

import java.time.Instant;
import java.util.UUID;

/** One version in the list of an agency's survey versions: who made it, and how many responses answered it. */
public record SurveyVersionSummary(UUID id, int number, String title, String preset, Instant createdAt, String createdBy,
                                   long responses, boolean current) {
}
