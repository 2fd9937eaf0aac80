package ru.perechen.catalog.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyProcessRepository extends JpaRepository<AgencyProcessEntity, UUID> {
}
