package ru.perechen.feedback;

/**
 * What a column of an imported feedback file holds: the answer to a survey question (by what the
 * question records, so that a mapping outlives a new survey version), the difficulties written under a
 * score, or one of the response's own facts — its channel, touchpoint, comment, date, contact and consent.
 */
public record ImportTarget(Kind kind, Field field) {

    public enum Kind { IGNORED, ANSWER, DIFFICULTY, CHANNEL, TOUCHPOINT, COMMENT, ANSWERED_AT, CONTACT, CONSENT }

    public static final ImportTarget IGNORED = new ImportTarget(Kind.IGNORED, null);
    public static final ImportTarget CHANNEL = new ImportTarget(Kind.CHANNEL, null);
    public static final ImportTarget TOUCHPOINT = new ImportTarget(Kind.TOUCHPOINT, null);
    public static final ImportTarget COMMENT = new ImportTarget(Kind.COMMENT, null);
    public static final ImportTarget ANSWERED_AT = new ImportTarget(Kind.ANSWERED_AT, null);
    public static final ImportTarget CONTACT = new ImportTarget(Kind.CONTACT, null);
    public static final ImportTarget CONSENT = new ImportTarget(Kind.CONSENT, null);

    public ImportTarget {
        if ((kind == Kind.ANSWER || kind == Kind.DIFFICULTY) != (field != null)) {
            throw new IllegalArgumentException("a question's target names its field, no other does: " + kind + " " + field);
        }
        if (kind == Kind.DIFFICULTY && !field.score()) {
            throw new IllegalArgumentException("difficulties are written under a score: " + field);
        }
    }

    public static ImportTarget answer(Field field) {
        return new ImportTarget(Kind.ANSWER, field);
    }

    public static ImportTarget difficulty(Field field) {
        return new ImportTarget(Kind.DIFFICULTY, field);
    }

    /** The page's message key for a target that is not a question. */
    public String messageKey() {
        return "feedback.import.target." + kind.name();
    }
}
