package ru.perechen.workflow;

import java.util.List;
import java.util.UUID;

/** What happened in the workflow that someone should hear about; published inside the transaction that did it. */
public sealed interface WorkflowEvent {

    /** A request reached a step: these people may decide now. */
    record AwaitingDecision(int number, String title, int step, List<String> subjects) implements WorkflowEvent {
    }

    /** A request was returned, rejected or enacted: its initiator hears of it. */
    record RequestDecided(int number, String title, String initiatorSubject, ChangeStatus status, String comment)
            implements WorkflowEvent {
    }

    /** A review task was opened for a unit (null: for the agency as a whole). */
    record ReviewTaskOpened(UUID taskId, ReviewTask.Reason reason, String subject, UUID unitId) implements WorkflowEvent {
    }

    /** A request's current step is due within a working day: its approvers hear of it. */
    record StepDueSoon(int number, String title, int step, String dueOn, List<String> subjects) implements WorkflowEvent {
    }

    /** A version's publication deadline is at most a working day away. */
    record PublicationDueSoon(int versionNumber, String dueOn) implements WorkflowEvent {
    }
}
