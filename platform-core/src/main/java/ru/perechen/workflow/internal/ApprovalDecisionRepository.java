package ru.perechen.workflow.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalDecisionRepository extends JpaRepository<ApprovalDecisionEntity, UUID> {

    List<ApprovalDecisionEntity> findByRequestIdOrderByDecidedAt(UUID requestId);
}
