package ru.perechen.workflow.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "approval_substitute")
public class SubstituteEntity extends TenantOwnedEntity {

    private UUID absentId;
    private UUID substituteId;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String reason;
    private String appointedBy;
    private Instant appointedAt;
    private boolean revoked;

    protected SubstituteEntity() {
    }

    public SubstituteEntity(UUID absentId, UUID substituteId, LocalDate validFrom, LocalDate validTo, String reason,
                            String appointedBy, Instant appointedAt) {
        this.absentId = absentId;
        this.substituteId = substituteId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.reason = reason;
        this.appointedBy = appointedBy;
        this.appointedAt = appointedAt;
    }

    public UUID getAbsentId() { return absentId; }
    public UUID getSubstituteId() { return substituteId; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getReason() { return reason; }
    public String getAppointedBy() { return appointedBy; }
    public Instant getAppointedAt() { return appointedAt; }
    public boolean isRevoked() { return revoked; }
    public void revoke() { this.revoked = true; }
}
