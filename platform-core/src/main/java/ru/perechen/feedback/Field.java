package ru.perechen.feedback;

/**
 * What a survey question records. A definition may word, number, code and condition its questions as an
 * agency wants; what each one records is fixed, so that the analysis reads the same parameters in every
 * version (decision 36).
 */
public enum Field {
    SUPPORT_MEASURE, TOUCHPOINT, UNIT, MUNICIPALITY, WAY, APPLICANT, RECEIVED_ON, PROVIDED,
    SATISFIED, INFORMED_AFTER_REFUSAL,
    INFORMATION, DOCUMENTS, POLITENESS, LOCATION, INTERFACE, STATUS, TIMELINESS;

    /** A 1–5 score; a score of 1–3 opens the question about difficulties. */
    public boolean score() {
        return ordinal() >= INFORMATION.ordinal();
    }

    /** Values of the single-choice fields, as stored. */
    public static final String IN_PERSON = "IN_PERSON";
    public static final String ONLINE = "ONLINE";
    public static final String INDIVIDUAL = "INDIVIDUAL";
    public static final String LEGAL = "LEGAL";
    public static final String YES = "true";
    public static final String NO = "false";
}
