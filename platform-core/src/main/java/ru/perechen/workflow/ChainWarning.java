package ru.perechen.workflow;

import java.util.List;

/**
 * Something the chain would do wrong for existing processes; the admin may still save it, knowingly.
 *
 * @param steps     positions of the steps concerned
 * @param processes names of the processes concerned
 * @param person    the person concerned, for {@link Kind#SAME_PERSON}
 */
public record ChainWarning(Kind kind, List<Integer> steps, List<String> processes, String person) {

    public enum Kind {
        /** The step names nobody for these processes: a request about them could not pass it. */
        NOBODY,
        /** One person is the only approver of two steps for these processes. */
        SAME_PERSON,
        /** The only approver of a step may draft requests about these processes: their own request could not pass it. */
        INITIATOR_ONLY;

        public String messageKey() {
            return "approval.warning." + name();
        }
    }
}
