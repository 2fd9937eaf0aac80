/**
 * Calendar: the Russian production calendar as data — the years entered by government decree, their
 * holidays, moved days off and working Saturdays, and regional days off — and the one service that
 * counts working days for every deadline of the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package ru.perechen.calendar;
