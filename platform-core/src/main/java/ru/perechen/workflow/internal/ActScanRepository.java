package ru.perechen.workflow.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActScanRepository extends JpaRepository<ActScanEntity, UUID> {

    Optional<ActScanEntity> findByRequestId(UUID requestId);

    /** What a page shows of the scan, without reading its content (a lazy byte[] is not lazy without enhancement). */
    Optional<Info> findInfoByRequestId(UUID requestId);

    interface Info {
        String getFileName();

        int getByteSize();

        java.time.Instant getUploadedAt();

        String getUploadedBy();
    }
}
