package ru.perechen.calendar.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;
import ru.perechen.calendar.DayKind;

@Entity
@Table(name = "calendar_day")
public class CalendarDayEntity {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.TIME)
    private UUID id;
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    private DayKind kind;
    private UUID regionId;
    private String note;
    @Version
    private long version;

    protected CalendarDayEntity() {
    }

    public CalendarDayEntity(LocalDate day, DayKind kind, UUID regionId, String note) {
        this.day = day;
        this.kind = kind;
        this.regionId = regionId;
        this.note = note;
    }

    public UUID getId() { return id; }
    public LocalDate getDay() { return day; }
    public DayKind getKind() { return kind; }
    public UUID getRegionId() { return regionId; }
    public String getNote() { return note; }
}
