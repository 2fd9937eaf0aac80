package ru.perechen.tenancy;

import java.util.Arrays;

/** A setting the service refuses, with the field and a message key for the person's language; nothing was stored. */
public class InvalidSettingException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidSettingException(String field, String messageKey, Object... arguments) {
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
