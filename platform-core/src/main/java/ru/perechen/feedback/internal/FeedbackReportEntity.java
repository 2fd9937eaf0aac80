package ru.perechen.feedback.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import ru.perechen.tenancy.TenantOwnedEntity;

/**
 * A unit's quarterly report (act 004 §10, Приложение № 2). Its lines are JSON: the clients served as the
 * unit entered them and, once sent to the head, the feedback figures frozen with them. The transitions
 * guard their own preconditions; the database refuses any change to a signed report.
 */
@Entity
@Table(name = "feedback_report")
public class FeedbackReportEntity extends TenantOwnedEntity {

    public enum Status { DRAFT, SUBMITTED, SIGNED }

    private UUID unitId;
    private int year;
    private int quarter;
    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;
    @ColumnTransformer(write = "?::jsonb")
    private String lines = "[]";
    private Instant updatedAt;
    private String updatedBy;
    private Instant submittedAt;
    private String submittedBy;
    private String submittedByName;
    private Instant signedAt;
    private String signedBy;
    private String signedByName;
    private String returnedComment;

    protected FeedbackReportEntity() {
    }

    public FeedbackReportEntity(UUID unitId, int year, int quarter) {
        this.unitId = unitId;
        this.year = year;
        this.quarter = quarter;
    }

    public UUID getUnitId() { return unitId; }
    public int getYear() { return year; }
    public int getQuarter() { return quarter; }
    public Status getStatus() { return status; }
    public String getLines() { return lines; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public String getSubmittedByName() { return submittedByName; }
    public Instant getSignedAt() { return signedAt; }
    public String getSignedBy() { return signedBy; }
    public String getSignedByName() { return signedByName; }
    public String getReturnedComment() { return returnedComment; }

    /** The clients served, as entered; only a draft takes them. */
    public void enter(String lines, Instant at, String by) {
        requireStatus(Status.DRAFT);
        this.lines = lines;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Sent to the unit head with the figures frozen as they are now. */
    public void submit(String frozenLines, Instant at, String subject, String name) {
        requireStatus(Status.DRAFT);
        this.lines = frozenLines;
        this.status = Status.SUBMITTED;
        this.submittedAt = at;
        this.submittedBy = subject;
        this.submittedByName = name;
        this.returnedComment = null;
        this.updatedAt = at;
        this.updatedBy = name;
    }

    /** Signed off by the head; from now on the report is final. */
    public void sign(Instant at, String subject, String name) {
        requireStatus(Status.SUBMITTED);
        if (subject.equals(submittedBy)) {
            throw new IllegalStateException("self sign-off");
        }
        this.status = Status.SIGNED;
        this.signedAt = at;
        this.signedBy = subject;
        this.signedByName = name;
        this.updatedAt = at;
        this.updatedBy = name;
    }

    /** Back to the unit for another look, with the head's reason. */
    public void giveBack(String comment, Instant at, String name) {
        requireStatus(Status.SUBMITTED);
        this.status = Status.DRAFT;
        this.returnedComment = comment;
        this.submittedAt = null;
        this.submittedBy = null;
        this.submittedByName = null;
        this.updatedAt = at;
        this.updatedBy = name;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("report is " + status + ", not " + expected);
        }
    }
}
