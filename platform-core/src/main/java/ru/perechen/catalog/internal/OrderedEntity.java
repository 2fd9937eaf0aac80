package ru.perechen.catalog.internal;

import jakarta.persistence.MappedSuperclass;
import ru.perechen.tenancy.TenantOwnedEntity;

/** A catalogue entry the agency orders, names and retires (never deletes). */
@MappedSuperclass
public abstract class OrderedEntity extends TenantOwnedEntity {

    private int position;
    private String name;
    private boolean retired;

    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean retired) { this.retired = retired; }
}
