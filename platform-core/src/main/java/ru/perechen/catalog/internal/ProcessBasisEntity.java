package ru.perechen.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import ru.perechen.catalog.BasisKind;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "process_basis")
public class ProcessBasisEntity extends TenantOwnedEntity {

    private UUID processId;
    private int position;
    @Enumerated(EnumType.STRING)
    private BasisKind basisKind;
    private String title;
    private String number;
    private LocalDate issuedOn;
    private String url;

    protected ProcessBasisEntity() {
    }

    public ProcessBasisEntity(UUID processId, int position, BasisKind basisKind, String title, String number,
                              LocalDate issuedOn, String url) {
        this.processId = processId;
        this.position = position;
        this.basisKind = basisKind;
        this.title = title;
        this.number = number;
        this.issuedOn = issuedOn;
        this.url = url;
    }

    public UUID getProcessId() { return processId; }
    public int getPosition() { return position; }
    public BasisKind getBasisKind() { return basisKind; }
    public String getTitle() { return title; }
    public String getNumber() { return number; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getUrl() { return url; }
}
