package ru.perechen.publication;

/** Where the publication of a version stands. */
public enum PublicationState {
    /** Not published, more than a working day left. */
    AWAITING,
    /** Not published, at most one working day left. */
    DUE_SOON,
    /** Not published and the deadline has passed. */
    OVERDUE,
    PUBLISHED_ON_TIME,
    PUBLISHED_LATE,
    /** The deadline reaches a year whose production calendar is not entered. */
    CALENDAR_MISSING;

    public boolean published() {
        return this == PUBLISHED_ON_TIME || this == PUBLISHED_LATE;
    }

    public String messageKey() {
        return "publication.state." + name();
    }
}
