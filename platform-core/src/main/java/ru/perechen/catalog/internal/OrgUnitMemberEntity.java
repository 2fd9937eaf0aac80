package ru.perechen.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "org_unit_member")
public class OrgUnitMemberEntity extends TenantOwnedEntity {

    private UUID unitId;
    private UUID staffId;

    protected OrgUnitMemberEntity() {
    }

    public OrgUnitMemberEntity(UUID unitId, UUID staffId) {
        this.unitId = unitId;
        this.staffId = staffId;
    }

    public UUID getUnitId() { return unitId; }
    public UUID getStaffId() { return staffId; }
}
