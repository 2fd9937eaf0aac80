package ru.perechen.publication.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "publication")
public class PublicationEntity extends TenantOwnedEntity {

    private int versionNumber;
    private LocalDate enactedOn;
    private int workingDays;
    private LocalDate dueOn;
    private Integer calendarMissing;
    private String publishedUrl;
    private LocalDate publishedOn;
    private String publishedBy;
    private Instant recordedAt;
    private Boolean urlAnswered;
    private Instant releasedAt;
    private String releasedBy;

    protected PublicationEntity() {
    }

    public PublicationEntity(int versionNumber, LocalDate enactedOn, int workingDays, LocalDate dueOn, Integer calendarMissing) {
        this.versionNumber = versionNumber;
        this.enactedOn = enactedOn;
        this.workingDays = workingDays;
        this.dueOn = dueOn;
        this.calendarMissing = calendarMissing;
    }

    public void recomputed(LocalDate dueOn, Integer calendarMissing) {
        this.dueOn = dueOn;
        this.calendarMissing = calendarMissing;
    }

    public void published(String url, LocalDate on, String by, Instant at, Boolean answered) {
        this.publishedUrl = url;
        this.publishedOn = on;
        this.publishedBy = by;
        this.recordedAt = at;
        this.urlAnswered = answered;
    }

    public int getVersionNumber() { return versionNumber; }
    public LocalDate getEnactedOn() { return enactedOn; }
    public int getWorkingDays() { return workingDays; }
    public LocalDate getDueOn() { return dueOn; }
    public Integer getCalendarMissing() { return calendarMissing; }
    public String getPublishedUrl() { return publishedUrl; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public Boolean getUrlAnswered() { return urlAnswered; }
    public Instant getReleasedAt() { return releasedAt; }
    public String getReleasedBy() { return releasedBy; }

    public void released(String by, Instant at) {
        this.releasedBy = by;
        this.releasedAt = at;
    }
}
