package ru.perechen.feedback;

/**
 * The nine parameters of the quarterly analysis (act 004 §11), in the act's order, each with a stable key
 * (the API's) and the field it is read from. The first and the ninth are shares of «yes»; the others are
 * 1–5 scores, given as their mean and as the share of 4 and 5.
 */
public enum Parameter {
    OVERALL("overall", Field.SATISFIED),
    INFORMATION("information", Field.INFORMATION),
    DOCUMENTS("documents", Field.DOCUMENTS),
    STATUS("status", Field.STATUS),
    POLITENESS("politeness", Field.POLITENESS),
    LOCATION("location", Field.LOCATION),
    INTERFACE("interface", Field.INTERFACE),
    TIMELINESS("timeliness", Field.TIMELINESS),
    AFTER_REFUSAL("after-refusal", Field.INFORMED_AFTER_REFUSAL);

    private final String key;
    private final Field field;

    Parameter(String key, Field field) {
        this.key = key;
        this.field = field;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String key() {
        return key;
    }

    public Field field() {
        return field;
    }

    public boolean score() {
        return field.score();
    }

    public String messageKey() {
        return "feedback.parameter." + key;
    }
}
