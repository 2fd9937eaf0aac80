package ru.perechen.calendar;

/** How a day differs from the Monday–Friday rule. */
public enum DayKind {
    /** A federal holiday (Labor Code art. 112). */
    HOLIDAY,
    /** A day off moved by the year's decree, or declared by a region. */
    DAY_OFF,
    /** A Saturday or Sunday made a working day by the decree. */
    WORKING;

    public boolean off() {
        return this != WORKING;
    }

    public String messageKey() {
        return "calendar.kind." + name();
    }
}
