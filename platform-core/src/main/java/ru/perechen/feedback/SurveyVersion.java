package ru.perechen.feedback;

import java.time.Instant;
import java.util.UUID;

/** One version of an agency's survey; a response keeps the one it answered. */
public record SurveyVersion(UUID id, int number, String title, String preset, SurveyDefinition definition, Instant createdAt,
                            String createdBy) {
}
