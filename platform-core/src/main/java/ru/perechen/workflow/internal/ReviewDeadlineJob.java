package ru.perechen.workflow.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.workflow.ReviewTaskService;

/**
 * The morning check of deadlines, on one node: approval steps and publications past their deadline
 * become review tasks. A bean of its own, so that each agency's check goes through
 * {@link ReviewTaskService}'s proxy and runs in its transaction (its audit events need one).
 */
@Component
class ReviewDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(ReviewDeadlineJob.class);

    private final AgencyDirectory directory;
    private final ReviewTaskService reviews;

    ReviewDeadlineJob(AgencyDirectory directory, ReviewTaskService reviews) {
        this.directory = directory;
        this.reviews = reviews;
    }

    @Scheduled(cron = "${perechen.review.check-cron:0 0 6 * * *}", zone = "Europe/Moscow")
    @SchedulerLock(name = "review-deadlines", lockAtMostFor = "PT30M")
    void checkDeadlines() {
        TenantContext.callAsSystem(() -> {
            for (AgencySummary agency : directory.allAgencies()) {
                try {
                    int opened = TenantContext.callAsAgency(agency.id(), reviews::checkDeadlines);
                    if (opened > 0) {
                        log.info("Deadlines of {}: {} review task(s) opened", agency.slug(), opened);
                    }
                } catch (RuntimeException failed) {
                    log.error("Deadlines of {} not checked: {}", agency.slug(), failed.toString(), failed);
                }
            }
            return null;
        });
    }
}
