package ru.perechen.documents.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportSourceRepository extends JpaRepository<ImportSourceEntity, UUID> {

    Optional<ImportSourceEntity> findByRequestId(UUID requestId);
}
