package ru.perechen.feedback.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.perechen.feedback.FeedbackThresholds;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;

/** Every morning, on one node: each agency's touchpoints under its satisfaction threshold last quarter. */
@Component
class FeedbackThresholdJob {

    private static final Logger log = LoggerFactory.getLogger(FeedbackThresholdJob.class);
    private final AgencyDirectory directory;
    private final FeedbackThresholds thresholds;

    FeedbackThresholdJob(AgencyDirectory directory, FeedbackThresholds thresholds) {
        this.directory = directory;
        this.thresholds = thresholds;
    }

    @Scheduled(cron = "${perechen.feedback.threshold-cron:0 15 6 * * *}", zone = "Europe/Moscow")
    @SchedulerLock(name = "feedback-thresholds", lockAtMostFor = "PT30M")
    void check() {
        TenantContext.callAsSystem(() -> {
            for (AgencySummary agency : directory.allAgencies()) {
                try {
                    int low = TenantContext.callAsAgency(agency.id(), thresholds::check);
                    if (low > 0) {
                        log.info("Satisfaction of {}: {} touchpoint(s) under the threshold", agency.slug(), low);
                    }
                } catch (RuntimeException failed) {
                    log.error("Satisfaction of {} not checked: {}", agency.slug(), failed.toString(), failed);
                }
            }
            return null;
        });
    }
}
