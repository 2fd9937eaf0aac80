package ru.perechen.catalog;

import java.util.Arrays;

/**
 * Input a service refuses. Carries the field and a message key (with arguments) so the UI can show
 * the problem next to the field, in the person's language; nothing has been stored.
 */
public class InvalidConfigurationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidConfigurationException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey + " " + Arrays.toString(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
