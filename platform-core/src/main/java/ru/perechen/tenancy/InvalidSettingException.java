package ru.perechen.tenancy;

/** A setting the service refuses, with the field and a message key for the person's language; nothing was stored. */
public class InvalidSettingException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidSettingException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
