package ru.perechen.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A decision of an approver.
 *
 * @param round   which submission of the request it belongs to (1, 2, … after returns)
 * @param seatKey    the seat of the step it filled (a unit's id, or {@code all})
 * @param onBehalfOf whom an appointed substitute decided for, or null
 * @param onBehalfOfIds the subjects of those people (empty when the actor decided in their own name)
 * @param bySubmission the unit head's approval given by submitting their own request (acts 000/002)
 */
public record Decision(int round, int step, String seatKey, DecisionKind kind, String actorId, String actorName,
                       String comment, String onBehalfOf, List<String> onBehalfOfIds, boolean bySubmission, Instant decidedAt) {

    public Decision {
        onBehalfOfIds = onBehalfOfIds == null ? List.of() : List.copyOf(onBehalfOfIds);
    }

    /** Everyone in whose name the decision was taken: the actor, and whom they stood in for. */
    public boolean takenInTheNameOf(String subject) {
        return actorId.equals(subject) || onBehalfOfIds.contains(subject);
    }
}
