package ru.perechen.calendar;

import java.time.LocalDate;
import java.util.UUID;
import ru.perechen.tenancy.RegionId;

/** A day that differs from Monday–Friday; {@code region} is null for a federal one. */
public record CalendarDay(UUID id, LocalDate day, DayKind kind, RegionId region, String note) {
}
