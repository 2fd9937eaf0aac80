package ru.perechen.coretest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The platform reads time only through the injected clock; a test that lets the scheduler run its jobs moves
 * this one to 10:00 Moscow time of the day it needs. Import {@link Config} to make it the context's clock.
 */
public class MovableClock extends Clock {

    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private volatile Instant now = Instant.now();

    /** The clock as the primary {@link Clock} bean. */
    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    public void set(LocalDate day) {
        now = LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(MOSCOW).toInstant();
    }

    @Override public ZoneId getZone() { return MOSCOW; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
}
