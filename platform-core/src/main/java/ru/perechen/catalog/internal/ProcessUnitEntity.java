package ru.perechen.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "agency_process_unit")
public class ProcessUnitEntity extends TenantOwnedEntity {

    private UUID processId;
    private UUID unitId;

    protected ProcessUnitEntity() {
    }

    public ProcessUnitEntity(UUID processId, UUID unitId) {
        this.processId = processId;
        this.unitId = unitId;
    }

    public UUID getProcessId() { return processId; }
    public UUID getUnitId() { return unitId; }
}
