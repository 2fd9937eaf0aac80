package ru.perechen.feedback.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.perechen.feedback.UnitReportDeadlines;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;

/** Every morning, on one node: each agency's unit reports of the last quarter against their due day. */
@Component
class FeedbackReportJob {

    private static final Logger log = LoggerFactory.getLogger(FeedbackReportJob.class);
    private final AgencyDirectory directory;
    private final UnitReportDeadlines deadlines;

    FeedbackReportJob(AgencyDirectory directory, UnitReportDeadlines deadlines) {
        this.directory = directory;
        this.deadlines = deadlines;
    }

    @Scheduled(cron = "${perechen.feedback.report-cron:0 20 6 * * *}", zone = "Europe/Moscow")
    @SchedulerLock(name = "feedback-reports", lockAtMostFor = "PT30M")
    void check() {
        TenantContext.callAsSystem(() -> {
            for (AgencySummary agency : directory.allAgencies()) {
                try {
                    int overdue = TenantContext.callAsAgency(agency.id(), deadlines::check);
                    if (overdue > 0) {
                        log.info("Unit reports of {}: {} overdue", agency.slug(), overdue);
                    }
                } catch (RuntimeException failed) {
                    log.error("Unit reports of {} not checked: {}", agency.slug(), failed.toString(), failed);
                }
            }
            return null;
        });
    }
}
