package ru.perechen.register.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Immutable
@Table(name = "list_version")
public class ListVersionEntity extends TenantOwnedEntity {

    private int number;
    private String actNumber;
    private LocalDate actDate;
    private Instant enactedAt;
    private String enactedBy;
    private UUID changeRequestId;
    private Integer requestNumber;
    private String approvedBy;
    private int rowCount;

    protected ListVersionEntity() {
    }

    public ListVersionEntity(int number, String actNumber, LocalDate actDate, Instant enactedAt, String enactedBy,
                             UUID changeRequestId, Integer requestNumber, String approvedBy, int rowCount) {
        this.number = number;
        this.actNumber = actNumber;
        this.actDate = actDate;
        this.enactedAt = enactedAt;
        this.enactedBy = enactedBy;
        this.changeRequestId = changeRequestId;
        this.requestNumber = requestNumber;
        this.approvedBy = approvedBy;
        this.rowCount = rowCount;
    }

    public int getNumber() { return number; }
    public String getActNumber() { return actNumber; }
    public LocalDate getActDate() { return actDate; }
    public Instant getEnactedAt() { return enactedAt; }
    public String getEnactedBy() { return enactedBy; }
    public UUID getChangeRequestId() { return changeRequestId; }
    public Integer getRequestNumber() { return requestNumber; }
    public String getApprovedBy() { return approvedBy; }
    public int getRowCount() { return rowCount; }
}
