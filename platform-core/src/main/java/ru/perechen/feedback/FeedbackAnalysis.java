package ru.perechen.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The quarterly analysis of act 004 §11: the nine parameters over the quarter, by unit, process group,
 * touchpoint and channel kind (the way received: in person is offline, online is online), each of the
 * four quarters before it, the touchpoints with the lowest satisfaction, those below the agency's
 * threshold, and what clients wrote about their difficulties. Internal: never published.
 */
public record FeedbackAnalysis(Quarter quarter, long responses, Map<Parameter, Figure> overall, List<Slice> byUnit, List<Slice> byGroup,
                               List<Slice> byTouchpoint, List<Slice> byWay, List<Period> history, List<Slice> lowest,
                               int thresholdPercent, List<Slice> belowThreshold, List<Difficulty> difficulties) {

    /** One unit, group, touchpoint or way (id null for «not known»; for a way the name is its value). */
    public record Slice(UUID id, String name, long responses, Map<Parameter, Figure> figures) {
        public Double satisfaction() {
            return figures.get(Parameter.OVERALL).percent();
        }
    }

    public record Period(Quarter quarter, long responses, Map<Parameter, Figure> figures) {
    }

    public record Difficulty(Instant answeredAt, String touchpointName, Parameter parameter, Integer score, String text) {
    }
}
