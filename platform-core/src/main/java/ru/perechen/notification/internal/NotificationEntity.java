package ru.perechen.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;
import ru.perechen.notification.NotificationKind;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "notification")
public class NotificationEntity extends TenantOwnedEntity {

    private String recipient;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    @ColumnTransformer(write = "?::jsonb")
    private String params;
    private String link;
    private Instant createdAt;
    private Instant readAt;
    private Instant emailedAt;

    protected NotificationEntity() {
    }

    public NotificationEntity(String recipient, NotificationKind kind, String params, String link, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.params = params;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public void emailed(Instant at) {
        emailedAt = at;
    }

    public String getRecipient() { return recipient; }
    public NotificationKind getKind() { return kind; }
    public String getParams() { return params; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public Instant getEmailedAt() { return emailedAt; }
}
