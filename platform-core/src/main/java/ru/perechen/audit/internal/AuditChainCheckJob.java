package ru.perechen.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.perechen.audit.AuditLog;
import ru.perechen.audit.ChainCheck;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;

/** Every night, on one node only, recomputes every agency's audit chain and reports a break loudly. */
@Component
class AuditChainCheckJob {

    private static final Logger log = LoggerFactory.getLogger(AuditChainCheckJob.class);

    private final AgencyDirectory directory;
    private final AuditLog audit;

    AuditChainCheckJob(AgencyDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @Scheduled(cron = "${perechen.audit.check-cron:0 30 3 * * *}", zone = "Europe/Moscow")
    @SchedulerLock(name = "audit-chain-check", lockAtMostFor = "PT30M")
    void checkAll() {
        TenantContext.callAsSystem(() -> {
            for (AgencySummary agency : directory.allAgencies()) {
                ChainCheck check = TenantContext.callAsAgency(agency.id(), audit::verify);
                if (check.intact()) {
                    log.info("Audit chain of {} intact: {} events", agency.slug(), check.events());
                } else {
                    log.error("Audit chain of {} BROKEN at event {} ({})", agency.slug(), check.brokenAt(), check.problem());
                }
            }
            return null;
        });
    }
}
