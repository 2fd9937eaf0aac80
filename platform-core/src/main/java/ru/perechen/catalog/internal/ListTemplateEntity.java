package ru.perechen.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "list_template")
public class ListTemplateEntity extends TenantOwnedEntity {

    private boolean numberingRow;

    public boolean isNumberingRow() { return numberingRow; }
    public void setNumberingRow(boolean numberingRow) { this.numberingRow = numberingRow; }
}
