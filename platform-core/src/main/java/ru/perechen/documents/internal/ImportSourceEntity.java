package ru.perechen.documents.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.perechen.tenancy.TenantOwnedEntity;

/** The file a change request was imported from; written once, never changed. */
@Entity
@Table(name = "import_source")
public class ImportSourceEntity extends TenantOwnedEntity {

    private UUID requestId;
    private String fileName;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private int byteSize;
    private String sha256;
    private int rowCount;
    private Instant uploadedAt;
    private String uploadedBy;

    protected ImportSourceEntity() {
    }

    @SuppressWarnings("java:S107")
    public ImportSourceEntity(UUID requestId, String fileName, byte[] content, String sha256, int rowCount, Instant uploadedAt,
                              String uploadedBy) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.content = content.clone();
        this.byteSize = content.length;
        this.sha256 = sha256;
        this.rowCount = rowCount;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public UUID getRequestId() { return requestId; }
    public String getFileName() { return fileName; }
    public byte[] getContent() { return content.clone(); }
    public int getByteSize() { return byteSize; }
    public String getSha256() { return sha256; }
    public int getRowCount() { return rowCount; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
}
