package ru.perechen.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity extends TenantOwnedEntity {

    private Instant occurredAt;
    private String actorId;
    private String actorName;
    private String entityType;
    private UUID entityId;
    private String action;
    private String summary;
    @Column(name = "before_state")
    @ColumnTransformer(write = "?::jsonb")
    private String beforeState;
    @Column(name = "after_state")
    @ColumnTransformer(write = "?::jsonb")
    private String afterState;
    private String requestId;
    private String searchText;
    /** Set by the database: the event's number in the agency's chain and its hash. */
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(insertable = false, updatable = false)
    private String hash;

    protected AuditEventEntity() {
    }

    public AuditEventEntity(Instant occurredAt, String actorId, String actorName, String entityType, UUID entityId,
                            String action, String summary, String beforeState, String afterState, String requestId) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.summary = summary;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.requestId = requestId;
        String words = (summary + " " + actorName).toLowerCase(java.util.Locale.ROOT);
        this.searchText = words.length() > 800 ? words.substring(0, 800) : words;
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getActorName() { return actorName; }
    public String getEntityType() { return entityType; }
    public UUID getEntityId() { return entityId; }
    public String getAction() { return action; }
    public String getSummary() { return summary; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
    public String getActorId() { return actorId; }
    public String getRequestId() { return requestId; }
    public Long getSeq() { return seq; }
    public String getHash() { return hash; }
}
