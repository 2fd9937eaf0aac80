package ru.perechen.tenancy.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-owned: Hibernate limits every query to the current agency. */
public interface AgencyProfileRepository extends JpaRepository<AgencyProfileEntity, UUID> {

    /** The current agency's profile (there is at most one per agency). */
    Optional<AgencyProfileEntity> findFirstBy();
}
