package ru.perechen.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.perechen.catalog.InvalidConfigurationException;

/** A reporting quarter, {@code 2026-Q3}; its bounds are Moscow time, as the platform's other dates (decision 36). */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 2000 || year > 2100) {
            throw new InvalidConfigurationException("quarter", "feedback.error.quarter");
        }
    }

    public static Quarter parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidConfigurationException("quarter", "feedback.error.quarter");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(Instant at) {
        return of(LocalDate.ofInstant(at, ZONE));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Instant start() {
        return firstDay().atStartOfDay(ZONE).toInstant();
    }

    public Instant end() {
        return firstDay().plusMonths(3).atStartOfDay(ZONE).toInstant();
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }
}
