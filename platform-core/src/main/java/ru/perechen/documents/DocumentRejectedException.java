package ru.perechen.documents;

import java.util.List;

/** A file refused before anything was read into the list: the message key and its arguments, for the user. */
public class DocumentRejectedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public DocumentRejectedException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** A refusal for a parser's failure, kept as the cause for the log. */
    public static DocumentRejectedException because(Throwable cause, String messageKey, Object... arguments) {
        DocumentRejectedException e = new DocumentRejectedException(messageKey, arguments);
        e.initCause(cause);
        return e;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
