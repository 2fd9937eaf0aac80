package ru.perechen.workflow;

import java.util.Arrays;

/**
 * An action the request's state or the person's place in it does not allow (approve an enacted
 * request, approve twice, enact before approval). Nothing was changed.
 */
public class InvalidTransitionException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidTransitionException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
