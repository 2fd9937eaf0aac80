package ru.perechen.feedback.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyVersionRepository extends JpaRepository<SurveyVersionEntity, UUID> {
    List<SurveyVersionEntity> findAllByOrderByNumberDesc();
}
