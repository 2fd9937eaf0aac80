package ru.perechen.catalog.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClientNeedRepository extends JpaRepository<ClientNeedEntity, UUID> {

    List<ClientNeedEntity> findAllByOrderByPositionAsc();
}
