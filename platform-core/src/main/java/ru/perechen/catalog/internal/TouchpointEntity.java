package ru.perechen.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "touchpoint")
public class TouchpointEntity extends TenantOwnedEntity {

    public static final int NAME_MAX = 500;

    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel_kind")
    private ChannelKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel_type")
    private ChannelType type;
    private String address;
    private String workingHours;
    private String basis;
    private boolean retired;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ChannelKind getKind() { return kind; }
    public void setKind(ChannelKind kind) { this.kind = kind; }
    public ChannelType getType() { return type; }
    public void setType(ChannelType type) { this.type = type; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getWorkingHours() { return workingHours; }
    public void setWorkingHours(String workingHours) { this.workingHours = workingHours; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean retired) { this.retired = retired; }
}
