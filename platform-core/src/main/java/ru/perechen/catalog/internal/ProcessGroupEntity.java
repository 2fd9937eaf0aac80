package ru.perechen.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "process_group")
public class ProcessGroupEntity extends OrderedEntity {

    public static final int NAME_MAX = 500;

    private String printTitle;
    private String catalogueCode;
    private boolean internalClient;

    public String getPrintTitle() { return printTitle; }
    public void setPrintTitle(String printTitle) { this.printTitle = printTitle; }
    public String getCatalogueCode() { return catalogueCode; }
    public void setCatalogueCode(String catalogueCode) { this.catalogueCode = catalogueCode; }
    public boolean isInternalClient() { return internalClient; }
    public void setInternalClient(boolean internalClient) { this.internalClient = internalClient; }
}
