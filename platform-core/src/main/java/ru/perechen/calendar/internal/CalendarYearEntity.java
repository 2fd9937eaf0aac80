package ru.perechen.calendar.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "calendar_year")
public class CalendarYearEntity {

    @Id
    private Integer year;
    private String decree;
    private String enteredBy;
    private Instant enteredAt;
    @Version
    private long version;

    protected CalendarYearEntity() {
    }

    public CalendarYearEntity(int year, String decree, String enteredBy, Instant enteredAt) {
        this.year = year;
        this.decree = decree;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public int getYear() { return year; }
    public String getDecree() { return decree; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
}
