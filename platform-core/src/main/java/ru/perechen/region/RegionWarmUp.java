package ru.perechen.region;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.tenancy.TenantContext;

/**
 * After a start, each region's dashboard of today is counted once in the background, so that the first
 * coordinator of the day finds the versions' findings kept (decision 38: counting a region of 60 agencies ×
 * 5,000 rows takes 1.2–1.9 s, a kept one under 0.1 s). System work on a virtual thread of its own: the start
 * does not wait, and a region that fails is logged and left to be counted when it is opened.
 * {@code perechen.region.warm-up=false} turns it off (the core tests do, except the one that checks it).
 */
@Component
class RegionWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RegionWarmUp.class);

    private final AgencyDirectory directory;
    private final RegionDashboardService dashboards;
    private final boolean enabled;
    private final AtomicInteger counted = new AtomicInteger();

    RegionWarmUp(AgencyDirectory directory, RegionDashboardService dashboards,
                 @Value("${perechen.region.warm-up:true}") boolean enabled) {
        this.directory = directory;
        this.dashboards = dashboards;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (enabled) {
            Thread.ofVirtual().name("region-warm-up").start(this::countAll);
        }
    }

    private void countAll() {
        java.util.List<RegionSummary> regions;
        try {
            regions = TenantContext.callAsSystem(directory::regions);
        } catch (RuntimeException failed) {
            log.warn("The regions were not counted ahead; each dashboard counts when opened", failed);
            return;
        }
        for (RegionSummary region : regions) {
            long start = System.nanoTime();
            try {
                TenantContext.callAsSystem(() -> dashboards.dashboard(region.id(), null));
                counted.incrementAndGet();
                log.info("Region {} counted for its dashboard in {} ms", region.code(), (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException failed) {
                log.warn("Region {} was not counted ahead; its dashboard counts when opened", region.code(), failed);
            }
        }
    }

    /** The regions counted since the start. */
    int counted() {
        return counted.get();
    }
}
