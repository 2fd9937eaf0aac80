package ru.perechen.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "org_unit")
public class OrgUnitEntity extends TenantOwnedEntity {

    public static final int NAME_MAX = 300;

    private UUID parentId;
    private String name;
    private UUID headId;
    private UUID supervisorId;
    private boolean closed;

    public UUID getParentId() { return parentId; }
    public void setParentId(UUID parentId) { this.parentId = parentId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UUID getHeadId() { return headId; }
    public void setHeadId(UUID headId) { this.headId = headId; }
    public UUID getSupervisorId() { return supervisorId; }
    public void setSupervisorId(UUID supervisorId) { this.supervisorId = supervisorId; }
    public boolean isClosed() { return closed; }
    public void setClosed(boolean closed) { this.closed = closed; }
}
