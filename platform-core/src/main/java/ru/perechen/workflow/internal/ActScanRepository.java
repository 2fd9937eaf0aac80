package ru.perechen.workflow.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActScanRepository extends JpaRepository<ActScanEntity, UUID> {

    Optional<ActScanEntity> findByRequestIdAndAttachmentNo(UUID requestId, int attachmentNo);

    /** What a page shows of the attachments, without reading their content (a lazy byte[] is not lazy without enhancement). */
    List<Info> findInfoByRequestIdOrderByAttachmentNo(UUID requestId);

    interface Info {
        int getAttachmentNo();

        String getFileName();

        int getByteSize();

        java.time.Instant getUploadedAt();

        String getUploadedBy();

        String getCorrectionReason();
    }
}
