package ru.perechen.workflow;

import java.time.Instant;

/**
 * A decision of an approver.
 *
 * @param round   which submission of the request it belongs to (1, 2, … after returns)
 * @param seatKey    the seat of the step it filled (a unit's id, or {@code all})
 * @param onBehalfOf whom an appointed substitute decided for, or null
 */
public record Decision(int round, int step, String seatKey, DecisionKind kind, String actorId, String actorName,
                       String comment, String onBehalfOf, Instant decidedAt) {
}
