package ru.perechen.feedback.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackReportRepository extends JpaRepository<FeedbackReportEntity, UUID> {
    Optional<FeedbackReportEntity> findByUnitIdAndYearAndQuarter(UUID unitId, int year, int quarter);

    List<FeedbackReportEntity> findByYearAndQuarter(int year, int quarter);

    /** Whether a unit's report of the quarter has been sent (or signed) and so no longer counts anew. */
    boolean existsByYearAndQuarterAndStatusNot(int year, int quarter, FeedbackReportEntity.Status status);
}
