package ru.perechen.workflow.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Immutable
@Table(name = "approval_chain")
public class ApprovalChainEntity extends TenantOwnedEntity {

    private int revision;
    private boolean actRequired;
    private boolean noteRequired;
    private Instant createdAt;
    private String createdBy;

    protected ApprovalChainEntity() {
    }

    public ApprovalChainEntity(int revision, boolean actRequired, boolean noteRequired, Instant createdAt, String createdBy) {
        this.revision = revision;
        this.actRequired = actRequired;
        this.noteRequired = noteRequired;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public int getRevision() { return revision; }
    public boolean isActRequired() { return actRequired; }
    public boolean isNoteRequired() { return noteRequired; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
