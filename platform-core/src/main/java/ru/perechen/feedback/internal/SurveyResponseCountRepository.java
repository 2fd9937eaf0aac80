package ru.perechen.feedback.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** How many responses answered each survey version (the versions' list shows it). */
public interface SurveyResponseCountRepository extends Repository<FeedbackResponseEntity, UUID> {

    /** Pairs of version id and count; versions nobody answered are absent. */
    @Query("select r.surveyVersionId, count(r) from FeedbackResponseEntity r group by r.surveyVersionId")
    List<Object[]> countByVersion();
}
