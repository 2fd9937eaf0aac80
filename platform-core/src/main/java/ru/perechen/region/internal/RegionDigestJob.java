package ru.perechen.region.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.perechen.region.RegionDashboardService;
import ru.perechen.region.RegionDigest;
import ru.perechen.region.internal.DigestRecipients.Recipient;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;

/**
 * The coordinators' weekly letter (issue 14), on one node: for each region with active coordinators due a
 * letter this ISO week, the dashboard of today compared with that of a week before, computed as system work,
 * and one letter per coordinator. A bean of its own without transactions (decision 33): each dashboard is the
 * service's read-only transaction, each claim one statement. A coordinator gets at most one letter a week
 * however often the job runs; a failed send is given back and tried by the next run of the same week. One
 * region failing does not keep the others' letters back.
 */
@Component
class RegionDigestJob {

    private static final Logger log = LoggerFactory.getLogger(RegionDigestJob.class);
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final DigestRecipients recipients;
    private final RegionDashboardService dashboards;
    private final RegionDigestLetter letter;
    private final Clock clock;

    RegionDigestJob(DigestRecipients recipients, RegionDashboardService dashboards, RegionDigestLetter letter, Clock clock) {
        this.recipients = recipients;
        this.dashboards = dashboards;
        this.letter = letter;
        this.clock = clock;
    }

    @Scheduled(cron = "${perechen.region.digest-cron:0 0 7 * * MON}", zone = "Europe/Moscow")
    @SchedulerLock(name = "region-digest", lockAtMostFor = "PT30M")
    void send() {
        TenantContext.callAsSystem(() -> {
            LocalDate today = dashboards.today();
            Instant weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(MOSCOW).toInstant();
            Map<UUID, List<Recipient>> byRegion = recipients.due(weekStart).stream()
                    .collect(Collectors.groupingBy(Recipient::regionId, LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<UUID, List<Recipient>> region : byRegion.entrySet()) {
                try {
                    int sent = sendTo(new RegionId(region.getKey()), region.getValue(), today, weekStart);
                    if (sent > 0) {
                        log.info("Region digest of {}: {} letter(s) sent", region.getKey(), sent);
                    }
                } catch (RuntimeException failed) {
                    log.error("Region digest of {} not sent: {}", region.getKey(), failed.toString(), failed);
                }
            }
            return null;
        });
    }

    private int sendTo(RegionId region, List<Recipient> due, LocalDate today, Instant weekStart) {
        RegionDigest digest = RegionDigest.of(dashboards.dashboard(region, today.minusDays(7)), dashboards.dashboard(region, today));
        String subject = letter.subject(digest);
        int sent = 0;
        for (Recipient recipient : due) {
            // the column keeps microseconds: the claim is compared back exactly when it is given back
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (!recipients.claim(recipient, weekStart, now)) {
                continue;
            }
            boolean delivered = false;
            try {
                delivered = letter.send(recipient.email(), subject, letter.text(digest, recipient.name()));
            } finally {
                if (delivered) {
                    sent++;
                } else {
                    recipients.release(recipient, now);
                }
            }
        }
        return sent;
    }
}
