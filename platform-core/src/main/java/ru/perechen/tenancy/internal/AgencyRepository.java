package ru.perechen.tenancy.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgencyRepository extends JpaRepository<AgencyEntity, UUID> {

    @EntityGraph(attributePaths = "region")
    Optional<AgencyEntity> findBySlug(String slug);

    @EntityGraph(attributePaths = "region")
    Optional<AgencyEntity> findWithRegionById(UUID id);

    @EntityGraph(attributePaths = "region")
    List<AgencyEntity> findByRegionIdOrderByShortName(UUID regionId);

    @EntityGraph(attributePaths = "region")
    @Query("select a from AgencyEntity a order by a.region.name, a.shortName")
    List<AgencyEntity> findAllOrdered();

    long countByRegionId(UUID regionId);

    @Query("select a.region.id, count(a) from AgencyEntity a group by a.region.id")
    List<Object[]> countByRegion();
}
