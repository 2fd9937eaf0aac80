package ru.perechen.workflow.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import ru.perechen.tenancy.TenantOwnedEntity;
import ru.perechen.workflow.ReviewTask;

@Entity
@Table(name = "review_task")
public class ReviewTaskEntity extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    private ReviewTask.Reason reason;
    private String subject;
    private UUID subjectId;
    private String subjectKey;
    private UUID unitId;
    @ColumnTransformer(write = "?::jsonb")
    private String entryKeys;
    @Enumerated(EnumType.STRING)
    private ReviewTask.Status status;
    private Instant createdAt;
    private Instant closedAt;
    private Integer closedByVersion;
    private Integer closedByRequest;
    private String dismissedBy;
    private String dismissReason;

    protected ReviewTaskEntity() {
    }

    public ReviewTaskEntity(ReviewTask.Reason reason, String subject, UUID subjectId, String subjectKey, UUID unitId, String entryKeys,
                            Instant createdAt) {
        this.reason = reason;
        this.subject = subject;
        this.subjectId = subjectId;
        this.subjectKey = subjectKey;
        this.unitId = unitId;
        this.entryKeys = entryKeys;
        this.status = ReviewTask.Status.OPEN;
        this.createdAt = createdAt;
    }

    public void close(Instant at, Integer version, Integer request) {
        this.status = ReviewTask.Status.CLOSED;
        this.closedAt = at;
        this.closedByVersion = version;
        this.closedByRequest = request;
    }

    public void dismiss(Instant at, String by, String reasonText) {
        this.status = ReviewTask.Status.DISMISSED;
        this.closedAt = at;
        this.dismissedBy = by;
        this.dismissReason = reasonText;
    }

    public ReviewTask.Reason getReason() { return reason; }
    public String getSubject() { return subject; }
    public UUID getSubjectId() { return subjectId; }
    public String getSubjectKey() { return subjectKey; }
    public UUID getUnitId() { return unitId; }
    public String getEntryKeys() { return entryKeys; }
    public ReviewTask.Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClosedAt() { return closedAt; }
    public Integer getClosedByVersion() { return closedByVersion; }
    public Integer getClosedByRequest() { return closedByRequest; }
    public String getDismissedBy() { return dismissedBy; }
    public String getDismissReason() { return dismissReason; }
}
