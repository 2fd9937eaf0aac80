package ru.perechen.feedback;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.tenancy.TenantContext;

/**
 * The check behind the threshold: over the last finished quarter, each touchpoint whose satisfaction is
 * under the agency's threshold is announced once ({@link TouchpointSatisfactionLow}); the review task
 * for it is the workflow's. Runs for one agency, as system work of the morning job.
 */
@Service
public class FeedbackThresholds {

    private final FeedbackSetup setup;
    private final FeedbackAnalysisService analysis;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackThresholds(FeedbackSetup setup, FeedbackAnalysisService analysis, ApplicationEventPublisher events, Clock clock) {
        this.setup = setup;
        this.analysis = analysis;
        this.events = events;
        this.clock = clock;
    }

    /** How many touchpoints were announced (none while feedback is off). */
    @Transactional
    public int check() {
        TenantContext.requireAgency();
        if (!setup.settings().enabled()) {
            return 0;
        }
        Quarter finished = Quarter.of(clock.instant()).previous();
        FeedbackAnalysis last = analysis.analysis(finished);
        last.belowThreshold().forEach(slice -> events.publishEvent(new TouchpointSatisfactionLow(slice.id(), slice.name(), finished,
                slice.satisfaction(), last.thresholdPercent())));
        return last.belowThreshold().size();
    }
}
