package ru.perechen.feedback.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackLinkRepository extends JpaRepository<FeedbackLinkEntity, UUID> {
    Optional<FeedbackLinkEntity> findByToken(String token);
}
