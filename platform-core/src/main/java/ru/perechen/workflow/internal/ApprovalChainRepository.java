package ru.perechen.workflow.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalChainRepository extends JpaRepository<ApprovalChainEntity, UUID> {

    Optional<ApprovalChainEntity> findFirstByOrderByRevisionDesc();

    List<ApprovalChainEntity> findAllByOrderByRevisionDesc();
}
