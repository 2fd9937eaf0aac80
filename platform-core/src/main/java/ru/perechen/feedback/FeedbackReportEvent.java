package ru.perechen.feedback;

import java.util.List;
import java.util.UUID;

/** What happens to a unit's quarterly report that people are told of, and what the review tasks follow. */
public sealed interface FeedbackReportEvent {

    UUID unitId();

    String unitName();

    Quarter quarter();

    /** Sent to the unit head for sign-off. */
    record ToSign(UUID unitId, String unitName, Quarter quarter, List<String> subjects) implements FeedbackReportEvent {
    }

    /** Given back by the head, with the reason, to the person who sent it. */
    record Returned(UUID unitId, String unitName, Quarter quarter, String subject, String comment) implements FeedbackReportEvent {
    }

    /** Signed: it has reached the responsible unit. */
    record Signed(UUID unitId, String unitName, Quarter quarter) implements FeedbackReportEvent {
    }

    /** A reminder to the unit's head and members: the report is due on {@code dueOn} (dd.MM.yyyy). */
    record Due(UUID unitId, String unitName, Quarter quarter, String dueOn) implements FeedbackReportEvent {
    }

    /** Not signed by its due day: a review task for the unit. */
    record Overdue(UUID unitId, String unitName, Quarter quarter, String dueOn) implements FeedbackReportEvent {
    }
}
