package ru.perechen.feedback;

import java.util.List;
import java.util.UUID;
import ru.perechen.tenancy.AgencySummary;

/**
 * What the public form shows for one link: the agency, the touchpoint, the support measures (processes)
 * the Перечень gives at it — names only, never an internal code — and the survey in use.
 */
public record PublicSurvey(AgencySummary agency, String token, UUID touchpointId, String touchpointName, List<Measure> measures,
                           UUID surveyVersionId, SurveyDefinition survey) {

    public record Measure(UUID processId, String name, UUID unitId, String unitName, UUID groupId) {
    }

    public java.util.Optional<Measure> measure(UUID processId) {
        return measures.stream().filter(m -> m.processId().equals(processId)).findFirst();
    }
}
