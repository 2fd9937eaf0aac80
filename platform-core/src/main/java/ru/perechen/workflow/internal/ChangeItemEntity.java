package ru.perechen.workflow.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import ru.perechen.tenancy.TenantOwnedEntity;
import ru.perechen.workflow.ChangeOperation;

@Entity
@Table(name = "change_item")
public class ChangeItemEntity extends TenantOwnedEntity {

    private UUID requestId;
    private int position;
    @Enumerated(EnumType.STRING)
    private ChangeOperation operation;
    private UUID entryKey;
    private UUID baseRevisionId;
    @ColumnTransformer(write = "?::jsonb")
    private String content;

    protected ChangeItemEntity() {
    }

    public ChangeItemEntity(UUID requestId, int position, ChangeOperation operation, UUID entryKey, UUID baseRevisionId,
                            String content) {
        this.requestId = requestId;
        this.position = position;
        this.operation = operation;
        this.entryKey = entryKey;
        this.baseRevisionId = baseRevisionId;
        this.content = content;
    }

    public UUID getRequestId() { return requestId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public ChangeOperation getOperation() { return operation; }
    public UUID getEntryKey() { return entryKey; }
    public UUID getBaseRevisionId() { return baseRevisionId; }
    public void setBaseRevisionId(UUID baseRevisionId) { this.baseRevisionId = baseRevisionId; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
}
