package ru.perechen.catalog.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessUnitRepository extends JpaRepository<ProcessUnitEntity, UUID> {

    List<ProcessUnitEntity> findByProcessId(UUID processId);
}
