package ru.perechen.admin;

/** The identity provider refused or could not be reached; nothing is left half-created. */
public class ProvisioningException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ProvisioningException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause);
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
