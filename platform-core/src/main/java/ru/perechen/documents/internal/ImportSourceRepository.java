package ru.perechen.documents.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportSourceRepository extends JpaRepository<ImportSourceEntity, UUID> {

    Optional<ImportSourceEntity> findByRequestId(UUID requestId);

    /** What the request page shows of the file, without reading its content. */
    Optional<Info> findInfoByRequestId(UUID requestId);

    interface Info {
        String getFileName();

        int getByteSize();

        String getSha256();

        int getRowCount();

        java.time.Instant getUploadedAt();

        String getUploadedBy();
    }
}
