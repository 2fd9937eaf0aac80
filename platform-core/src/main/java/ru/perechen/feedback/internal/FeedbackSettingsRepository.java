package ru.perechen.feedback.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackSettingsRepository extends JpaRepository<FeedbackSettingsEntity, UUID> {
    Optional<FeedbackSettingsEntity> findFirstBy();
}
