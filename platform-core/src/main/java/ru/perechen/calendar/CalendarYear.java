package ru.perechen.calendar;

import java.time.Instant;

/** A year entered with the decree that set its moved days. */
public record CalendarYear(int year, String decree, String enteredBy, Instant enteredAt, long federalDays) {
}
