package ru.perechen.catalog.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateColumnRepository extends JpaRepository<TemplateColumnEntity, UUID> {

    List<TemplateColumnEntity> findAllByOrderByPositionAsc();
}
