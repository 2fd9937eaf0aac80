package ru.perechen.feedback.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@org.hibernate.annotations.Immutable
@Table(name = "feedback_link")
public class FeedbackLinkEntity extends TenantOwnedEntity {

    private UUID touchpointId;
    private String token;
    private Instant createdAt;

    protected FeedbackLinkEntity() {
    }

    public FeedbackLinkEntity(UUID touchpointId, String token, Instant createdAt) {
        this.touchpointId = touchpointId;
        this.token = token;
        this.createdAt = createdAt;
    }

    public UUID getTouchpointId() { return touchpointId; }
    public String getToken() { return token; }
    public Instant getCreatedAt() { return createdAt; }
}
