package ru.perechen.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackResponseRepository extends JpaRepository<FeedbackResponseEntity, UUID> {
    Optional<FeedbackResponseEntity> findBySubmissionKey(UUID submissionKey);

    List<FeedbackResponseEntity> findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThanOrderByAnsweredAt(Instant from, Instant to);
}
