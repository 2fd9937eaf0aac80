package ru.perechen.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "notification_preference")
public class NotificationPreferenceEntity extends TenantOwnedEntity {

    private String subject;
    private String emailOff;
    private boolean digest;

    protected NotificationPreferenceEntity() {
    }

    public NotificationPreferenceEntity(String subject) {
        this.subject = subject;
        this.emailOff = "";
    }

    public String getSubject() { return subject; }
    public String getEmailOff() { return emailOff; }
    public void setEmailOff(String emailOff) { this.emailOff = emailOff; }
    public boolean isDigest() { return digest; }
    public void setDigest(boolean digest) { this.digest = digest; }
}
