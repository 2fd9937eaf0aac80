package ru.perechen.feedback;

import java.util.List;
import ru.perechen.catalog.InvalidConfigurationException;

/** Answers refused, every problem with its field; nothing was stored. The first problem is the exception's own. */
public class FeedbackRejectedException extends InvalidConfigurationException {

    private final transient List<Problem> problems;

    public record Problem(String field, String messageKey, List<Object> arguments) {
        public Problem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    public FeedbackRejectedException(List<Problem> problems) {
        super(problems.getFirst().field(), problems.getFirst().messageKey(), problems.getFirst().arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
