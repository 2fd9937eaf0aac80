package ru.perechen.workflow.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalChainStepRepository extends JpaRepository<ApprovalChainStepEntity, UUID> {

    List<ApprovalChainStepEntity> findByChainIdOrderByPosition(UUID chainId);
}
