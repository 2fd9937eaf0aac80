package ru.perechen.workflow.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import ru.perechen.workflow.ReviewTask;

public interface ReviewTaskRepository extends JpaRepository<ReviewTaskEntity, UUID> {

    List<ReviewTaskEntity> findByStatusOrderByCreatedAtDesc(ReviewTask.Status status);

    List<ReviewTaskEntity> findAllByOrderByCreatedAtDesc();

    Optional<ReviewTaskEntity> findByStatusAndReasonAndSubjectKey(ReviewTask.Status status, ReviewTask.Reason reason, String subjectKey);
}
