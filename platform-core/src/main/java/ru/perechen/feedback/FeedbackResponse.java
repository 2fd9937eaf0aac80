package ru.perechen.feedback;

import java.time.Instant;
import java.util.UUID;

/** A stored response as staff read it (the contact only while its consent stands). */
public record FeedbackResponse(UUID id, int surveyNumber, Channel channel, Instant answeredAt, UUID touchpointId, String touchpointName,
                               UUID processId, String supportMeasure, UUID unitId, String unitName, Answers answers,
                               boolean consentWithdrawn, String enteredBy) {
}
