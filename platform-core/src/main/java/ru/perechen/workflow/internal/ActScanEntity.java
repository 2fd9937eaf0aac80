package ru.perechen.workflow.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@org.hibernate.annotations.Immutable
@Table(name = "approving_act_scan")
public class ActScanEntity extends TenantOwnedEntity {

    private UUID requestId;
    private String fileName;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private int byteSize;
    private Instant uploadedAt;
    private String uploadedBy;
    private int attachmentNo;
    private String correctionReason;

    protected ActScanEntity() {
    }

    /** A new attachment; none is ever changed once stored (the app's role may only insert). */
    public ActScanEntity(UUID requestId, int attachmentNo, String fileName, byte[] content, Instant at, String by,
                         String correctionReason) {
        this.requestId = requestId;
        this.attachmentNo = attachmentNo;
        this.correctionReason = correctionReason;
        this.fileName = fileName;
        this.content = content.clone();
        this.byteSize = content.length;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    public UUID getRequestId() { return requestId; }
    public String getFileName() { return fileName; }
    public byte[] getContent() { return content.clone(); }
    public int getByteSize() { return byteSize; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
    public int getAttachmentNo() { return attachmentNo; }
    public String getCorrectionReason() { return correctionReason; }
}
