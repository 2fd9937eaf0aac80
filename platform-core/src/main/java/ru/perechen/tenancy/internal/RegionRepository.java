package ru.perechen.tenancy.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<RegionEntity, UUID> {

    Optional<RegionEntity> findByCode(String code);
}
