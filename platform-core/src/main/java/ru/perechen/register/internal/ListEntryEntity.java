package ru.perechen.register.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.tenancy.TenantOwnedEntity;

/**
 * A revision of a row. It has no setters: the only change it ever sees is being closed (valid_to set)
 * by a bulk update when a later version replaces it, and the database grants nothing else.
 */
@Entity
@Table(name = "list_entry")
public class ListEntryEntity extends TenantOwnedEntity {

    private UUID entryKey;
    private int validFrom;
    private Integer validTo;
    private UUID groupId;
    private Integer groupNumber;
    private String groupTitle;
    private UUID processId;
    private String processName;
    private UUID unitId;
    private String unitName;
    private UUID touchpointId;
    private String touchpointName;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel_kind")
    private ChannelKind kind;
    @ColumnTransformer(write = "?::jsonb")
    private String needs;
    private String specifics;
    private String basis;
    @ColumnTransformer(write = "?::jsonb")
    private String customValues;
    private String needIds;
    private String searchText;

    protected ListEntryEntity() {
    }

    @SuppressWarnings("java:S107")
    public ListEntryEntity(UUID entryKey, int validFrom, UUID groupId, Integer groupNumber, String groupTitle, UUID processId,
                           String processName, UUID unitId, String unitName, UUID touchpointId, String touchpointName,
                           ChannelKind kind, String needs, String specifics, String basis, String customValues,
                           String needIds, String searchText) {
        this.entryKey = entryKey;
        this.validFrom = validFrom;
        this.groupId = groupId;
        this.groupNumber = groupNumber;
        this.groupTitle = groupTitle;
        this.processId = processId;
        this.processName = processName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.touchpointId = touchpointId;
        this.touchpointName = touchpointName;
        this.kind = kind;
        this.needs = needs;
        this.specifics = specifics;
        this.basis = basis;
        this.customValues = customValues;
        this.needIds = needIds;
        this.searchText = searchText;
    }

    public UUID getEntryKey() { return entryKey; }
    public int getValidFrom() { return validFrom; }
    public Integer getValidTo() { return validTo; }
    public UUID getGroupId() { return groupId; }
    public Integer getGroupNumber() { return groupNumber; }
    public String getGroupTitle() { return groupTitle; }
    public UUID getProcessId() { return processId; }
    public String getProcessName() { return processName; }
    public UUID getUnitId() { return unitId; }
    public String getUnitName() { return unitName; }
    public UUID getTouchpointId() { return touchpointId; }
    public String getTouchpointName() { return touchpointName; }
    public ChannelKind getKind() { return kind; }
    public String getNeeds() { return needs; }
    public String getSpecifics() { return specifics; }
    public String getBasis() { return basis; }
    public String getCustomValues() { return customValues; }
}
