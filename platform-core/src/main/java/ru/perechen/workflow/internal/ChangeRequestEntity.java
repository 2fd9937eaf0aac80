package ru.perechen.workflow.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.perechen.tenancy.TenantOwnedEntity;
import ru.perechen.workflow.ChangeStatus;

@Entity
@Table(name = "change_request")
public class ChangeRequestEntity extends TenantOwnedEntity {

    private int number;
    private String title;
    private String explanatoryNote;
    @Enumerated(EnumType.STRING)
    private ChangeStatus status;
    private String initiatorId;
    private String initiatorName;
    private UUID unitId;
    private int baseVersion;
    private UUID chainId;
    private int currentStep;
    private int round;
    private Instant createdAt;
    private Instant submittedAt;
    /** The first submission: a resubmission after a return moves {@code submittedAt}, not this. */
    private Instant firstSubmittedAt;
    private Instant closedAt;
    private String actNumber;
    private LocalDate actDate;
    private Integer enactedVersion;

    protected ChangeRequestEntity() {
    }

    public ChangeRequestEntity(int number, String title, String initiatorId, String initiatorName, UUID unitId,
                               int baseVersion, Instant createdAt) {
        this.number = number;
        this.title = title;
        this.status = ChangeStatus.DRAFT;
        this.initiatorId = initiatorId;
        this.initiatorName = initiatorName;
        this.unitId = unitId;
        this.baseVersion = baseVersion;
        this.createdAt = createdAt;
    }

    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getExplanatoryNote() { return explanatoryNote; }
    public void setExplanatoryNote(String explanatoryNote) { this.explanatoryNote = explanatoryNote; }
    public ChangeStatus getStatus() { return status; }
    public void setStatus(ChangeStatus status) { this.status = status; }
    public String getInitiatorId() { return initiatorId; }
    public String getInitiatorName() { return initiatorName; }
    public UUID getUnitId() { return unitId; }
    public int getBaseVersion() { return baseVersion; }
    public void setBaseVersion(int baseVersion) { this.baseVersion = baseVersion; }
    public UUID getChainId() { return chainId; }
    public void setChainId(UUID chainId) { this.chainId = chainId; }
    public int getCurrentStep() { return currentStep; }
    public void setCurrentStep(int currentStep) { this.currentStep = currentStep; }
    public int getRound() { return round; }
    public void setRound(int round) { this.round = round; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = submittedAt;
        }
    }

    public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
    public String getActNumber() { return actNumber; }
    public void setActNumber(String actNumber) { this.actNumber = actNumber; }
    public LocalDate getActDate() { return actDate; }
    public void setActDate(LocalDate actDate) { this.actDate = actDate; }
    public Integer getEnactedVersion() { return enactedVersion; }
    public void setEnactedVersion(Integer enactedVersion) { this.enactedVersion = enactedVersion; }
}
