package ru.perechen.workflow.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubstituteRepository extends JpaRepository<SubstituteEntity, UUID> {

    List<SubstituteEntity> findAllByOrderByValidFromDesc();
}
