package ru.perechen.catalog.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TouchpointRepository extends JpaRepository<TouchpointEntity, UUID> {

    List<TouchpointEntity> findAllByOrderByNameAsc();
}
