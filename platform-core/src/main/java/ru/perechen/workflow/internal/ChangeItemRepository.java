package ru.perechen.workflow.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeItemRepository extends JpaRepository<ChangeItemEntity, UUID> {

    List<ChangeItemEntity> findByRequestIdOrderByPosition(UUID requestId);

    List<ChangeItemEntity> findByEntryKeyIn(Collection<UUID> keys);
}
