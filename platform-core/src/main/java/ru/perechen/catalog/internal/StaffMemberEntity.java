package ru.perechen.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "staff_member")
public class StaffMemberEntity extends TenantOwnedEntity {

    private String subject;
    private String displayName;
    private String email;
    /** Realm roles at the last sign-in, comma-separated {@code Role} names. */
    private String roles = "";
    private String username;
    private java.time.Instant lastSignInAt;
    private boolean disabled;

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getRoles() { return roles; }
    public void setRoles(String roles) { this.roles = roles; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public boolean isDisabled() { return disabled; }
    public void setDisabled(boolean disabled) { this.disabled = disabled; }
    public java.time.Instant getLastSignInAt() { return lastSignInAt; }
    public void setLastSignInAt(java.time.Instant lastSignInAt) { this.lastSignInAt = lastSignInAt; }
}
