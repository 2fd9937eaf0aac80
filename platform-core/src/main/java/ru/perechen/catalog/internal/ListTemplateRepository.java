package ru.perechen.catalog.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ListTemplateRepository extends JpaRepository<ListTemplateEntity, UUID> {

    Optional<ListTemplateEntity> findFirstBy();
}
