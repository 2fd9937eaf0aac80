package ru.perechen.workflow.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActScanRepository extends JpaRepository<ActScanEntity, UUID> {

    Optional<ActScanEntity> findByRequestId(UUID requestId);
}
