package ru.perechen.calendar;

/**
 * A deadline reaches into a year whose production calendar is not entered: it is not computed as
 * if the year were Monday–Friday. The platform admin enters the year.
 */
public class CalendarYearMissingException extends RuntimeException {

    private final int year;

    public CalendarYearMissingException(int year) {
        super("The production calendar of " + year + " is not entered");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
