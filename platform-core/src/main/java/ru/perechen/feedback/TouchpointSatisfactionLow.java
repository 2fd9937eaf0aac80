package ru.perechen.feedback;

import java.util.UUID;

/**
 * A touchpoint's overall satisfaction over a finished quarter fell below the agency's threshold: the
 * workflow opens a review task (актуализация) for it. Published inside the check's transaction.
 */
public record TouchpointSatisfactionLow(UUID touchpointId, String touchpointName, Quarter quarter, double percent, int threshold) {
}
