package ru.perechen.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "agency_process")
public class AgencyProcessEntity extends TenantOwnedEntity {

    public static final int NAME_MAX = 1000;

    private UUID groupId;
    private String name;
    @Enumerated(EnumType.STRING)
    private ProcessKind kind;
    private boolean uniformForAllUnits;
    private LocalDate includedOn;
    private String includedByAct;
    private boolean excluded;
    private LocalDate excludedOn;
    private String excludedByAct;

    public UUID getGroupId() { return groupId; }
    public void setGroupId(UUID groupId) { this.groupId = groupId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ProcessKind getKind() { return kind; }
    public void setKind(ProcessKind kind) { this.kind = kind; }
    public boolean isUniformForAllUnits() { return uniformForAllUnits; }
    public void setUniformForAllUnits(boolean uniform) { this.uniformForAllUnits = uniform; }
    public LocalDate getIncludedOn() { return includedOn; }
    public void setIncludedOn(LocalDate includedOn) { this.includedOn = includedOn; }
    public String getIncludedByAct() { return includedByAct; }
    public void setIncludedByAct(String includedByAct) { this.includedByAct = includedByAct; }
    public boolean isExcluded() { return excluded; }
    public LocalDate getExcludedOn() { return excludedOn; }
    public String getExcludedByAct() { return excludedByAct; }

    public void exclude(LocalDate on, String act) {
        this.excluded = true;
        this.excludedOn = on;
        this.excludedByAct = act;
    }

    public void reinclude() {
        this.excluded = false;
        this.excludedOn = null;
        this.excludedByAct = null;
    }
}
