package ru.perechen.documents;

/**
 * A kept import file that today's upload check refuses (it was kept before the check knew of what
 * it carries): it is not handed out, so that no approver opens it. The reason is the upload check's.
 */
public class SourceRefusedException extends DocumentRejectedException {

    private final DocumentRejectedException reason;

    SourceRefusedException(DocumentRejectedException reason) {
        super("documents.source.refused");
        this.reason = reason;
        initCause(reason);
    }

    /** Why the upload check refuses the file. */
    public DocumentRejectedException reason() {
        return reason;
    }
}
