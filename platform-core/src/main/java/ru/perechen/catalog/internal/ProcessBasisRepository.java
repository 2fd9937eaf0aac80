package ru.perechen.catalog.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessBasisRepository extends JpaRepository<ProcessBasisEntity, UUID> {

    List<ProcessBasisEntity> findByProcessIdOrderByPosition(UUID processId);
}
