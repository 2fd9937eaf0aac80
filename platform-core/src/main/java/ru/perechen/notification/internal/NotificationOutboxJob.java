package ru.perechen.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.perechen.notification.NotificationService;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;

/**
 * The outbox's schedule, on one node: every minute the letters that wait, every morning the digests.
 * A bean of its own, so that each agency's run goes through {@link NotificationService}'s proxy and
 * gets its transaction — a job calling its own bean's {@code @Transactional} method would run without one.
 * One agency failing does not keep the others' letters back.
 */
@Component
class NotificationOutboxJob {

    private static final Logger log = LoggerFactory.getLogger(NotificationOutboxJob.class);

    private final AgencyDirectory directory;
    private final NotificationService notifications;

    NotificationOutboxJob(AgencyDirectory directory, NotificationService notifications) {
        this.directory = directory;
        this.notifications = notifications;
    }

    @Scheduled(fixedDelayString = "${perechen.mail.send-every:PT1M}")
    @SchedulerLock(name = "notification-outbox", lockAtMostFor = "PT10M")
    void sendPending() {
        forEveryAgency(false);
    }

    @Scheduled(cron = "${perechen.mail.digest-cron:0 0 8 * * *}", zone = "Europe/Moscow")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT30M")
    void sendDigests() {
        forEveryAgency(true);
    }

    private void forEveryAgency(boolean digests) {
        TenantContext.callAsSystem(() -> {
            for (AgencySummary agency : directory.allAgencies()) {
                try {
                    int sent = TenantContext.callAsAgency(agency.id(), () -> notifications.sendPending(digests));
                    if (sent > 0) {
                        log.info("Outbox of {}: {} letter(s) sent", agency.slug(), sent);
                    }
                } catch (RuntimeException failed) {
                    log.error("Outbox of {} not sent: {}", agency.slug(), failed.toString(), failed);
                }
            }
            return null;
        });
    }
}
