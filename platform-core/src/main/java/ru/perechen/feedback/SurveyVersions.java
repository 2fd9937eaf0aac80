package ru.perechen.feedback;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.perechen.feedback.internal.SurveyVersionEntity;
import ru.perechen.feedback.internal.SurveyVersionRepository;
import tools.jackson.databind.json.JsonMapper;

/** An agency's survey versions, stored as JSON; each new one is numbered after the last. */
@Component
class SurveyVersions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SurveyVersionRepository versions;
    private final Clock clock;

    SurveyVersions(SurveyVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    SurveyVersion addPreset(String by) {
        SurveyDefinition definition = Act004Survey.definition();
        return add(definition, definition.title(), Act004Survey.PRESET, by);
    }

    /** An agency's own edition: a new version after the last, never a rewrite of one that was answered. */
    SurveyVersion addEdited(SurveyDefinition definition, String title, String by) {
        return add(definition, title, null, by);
    }

    /** Newest first. */
    List<SurveyVersion> all() {
        return versions.findAllByOrderByNumberDesc().stream().map(SurveyVersions::view).toList();
    }

    Optional<SurveyVersion> byNumber(int number) {
        return all().stream().filter(v -> v.number() == number).findFirst();
    }

    private SurveyVersion add(SurveyDefinition definition, String title, String preset, String by) {
        int number = versions.findAllByOrderByNumberDesc().stream().findFirst().map(SurveyVersionEntity::getNumber).orElse(0) + 1;
        SurveyVersionEntity saved = versions.saveAndFlush(new SurveyVersionEntity(number, title, preset,
                JSON.writeValueAsString(definition), clock.instant(), by));
        return view(saved);
    }

    SurveyVersion get(UUID id) {
        return versions.findById(id).map(SurveyVersions::view).orElseThrow();
    }

    private static SurveyVersion view(SurveyVersionEntity e) {
        return new SurveyVersion(e.getId(), e.getNumber(), e.getTitle(), e.getPreset(), JSON.readValue(e.getDefinition(), SurveyDefinition.class),
                e.getCreatedAt(), e.getCreatedBy());
    }
}
