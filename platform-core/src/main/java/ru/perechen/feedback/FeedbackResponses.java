package ru.perechen.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.feedback.FeedbackRejectedException.Problem;
import ru.perechen.feedback.SurveyDefinition.Question;
import ru.perechen.feedback.internal.FeedbackResponseEntity;
import ru.perechen.feedback.internal.FeedbackResponseRepository;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/**
 * Staff's part of the responses: a paper form typed in (by the feedback platform's codes or by the
 * answers), feedback from the other channels of §9, the responses of a period, and a consent withdrawn.
 */
@Service
public class FeedbackResponses {

    private final FeedbackSetup setup;
    private final ResponseStore store;
    private final FeedbackResponseRepository responses;
    private final TouchpointService touchpoints;
    private final ProcessRegistryService processes;
    private final OrgUnitService units;
    private final AuditLog audit;
    private final SurveyVersions surveys;

    @SuppressWarnings("java:S107")
    FeedbackResponses(FeedbackSetup setup, ResponseStore store, FeedbackResponseRepository responses, TouchpointService touchpoints,
                      ProcessRegistryService processes, OrgUnitService units, AuditLog audit, SurveyVersions surveys) {
        this.surveys = surveys;
        this.setup = setup;
        this.store = store;
        this.responses = responses;
        this.touchpoints = touchpoints;
        this.processes = processes;
        this.units = units;
        this.audit = audit;
    }

    /** A response from a paper form or another channel; a paper form must answer the survey as the form asks. */
    @Transactional
    public UUID record(Channel channel, UUID touchpointId, UUID processId, Answers answers, UUID submissionKey) {
        Access.FEEDBACK_ENTRY.require();
        if (channel == Channel.SURVEY_LINK) {
            throw new FeedbackRejectedException(List.of(new Problem("channel", "feedback.error.channel")));
        }
        SurveyVersion survey = setup.survey().orElseThrow(() -> new FeedbackRejectedException(List.of(new Problem("survey",
                "feedback.error.off"))));
        List<Problem> problems = new ArrayList<>();
        Touchpoint touchpoint = touchpointId == null ? null : touchpoints.list().stream().filter(t -> t.id().equals(touchpointId))
                .findFirst().orElse(null);
        if (touchpointId != null && touchpoint == null) {
            problems.add(new Problem("touchpoint", "feedback.error.touchpoint"));
        }
        AgencyProcess process = processId == null ? null : processes.list().stream().filter(p -> p.id().equals(processId))
                .findFirst().orElse(null);
        if (processId != null && process == null) {
            problems.add(new Problem("support-measure", "feedback.error.measure"));
        }
        if (!problems.isEmpty()) {
            throw new FeedbackRejectedException(problems);
        }
        SurveyCheck.check(survey.definition(), answers, channel == Channel.PAPER_FORM, store.localNow());
        UUID id = store.store(survey, channel, ResponseStore.Where.of(touchpointId, process), answers, submissionKey, FeedbackSetup.actorName());
        audit.record("FeedbackResponse", id, "FEEDBACK_RECORDED", "Внесён отзыв: " + channel.name(), null, null);
        return id;
    }

    /**
     * Answers typed by the codes printed in brackets on the paper form: question code → option code (a
     * score's code is the score), texts as written; difficulties by the code of their score's question.
     */
    public Answers byCodes(SurveyDefinition survey, Map<String, String> answers, Map<String, String> difficulties, String comment,
                           String contact, boolean consent) {
        List<Problem> problems = new ArrayList<>();
        Map<Field, String> values = new EnumMap<>(Field.class);
        answers.forEach((code, given) -> {
            Question q = survey.questionByCode(code.strip()).orElse(null);
            if (q == null) {
                problems.add(new Problem("code-" + code, "feedback.error.unknown-code", code));
            } else if (given != null && !given.isBlank()) {
                switch (q.kind()) {
                    case CHOICE, SCALE -> q.optionByCode(given.strip()).ifPresentOrElse(o -> values.put(q.field(), o.value()),
                            () -> problems.add(new Problem("code-" + code, "feedback.error.unknown-option", q.label(), given.strip())));
                    default -> values.put(q.field(), given);
                }
            }
        });
        Map<Field, String> texts = new EnumMap<>(Field.class);
        difficulties.forEach((code, text) -> survey.questionByCode(code.strip()).ifPresentOrElse(q -> texts.put(q.field(), text),
                () -> problems.add(new Problem("code-" + code, "feedback.error.unknown-code", code))));
        if (!problems.isEmpty()) {
            throw new FeedbackRejectedException(problems);
        }
        return new Answers(values, texts, comment, contact, consent);
    }

    /** The responses answered in [from, to). */
    @Transactional(readOnly = true)
    public List<FeedbackResponse> between(Instant from, Instant to) {
        Access.OVERSIGHT.require();
        TenantContext.requireAgency();
        Map<UUID, String> touchpointNames = new HashMap<>();
        touchpoints.list().forEach(t -> touchpointNames.put(t.id(), t.name()));
        Map<UUID, String> unitNames = new HashMap<>();
        units.list().forEach(u -> unitNames.put(u.id(), u.name()));
        Map<UUID, Integer> surveyNumbers = new HashMap<>();
        return responses.findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThanOrderByAnsweredAt(from, to).stream()
                .map(e -> view(e, touchpointNames, unitNames, surveyNumbers)).toList();
    }

    /** The client takes the consent back: the contact is erased, the response stays. */
    @Transactional
    public void withdrawConsent(UUID responseId) {
        Access.OVERSIGHT.require();
        FeedbackResponseEntity e = responses.findById(responseId)
                .orElseThrow(() -> new FeedbackRejectedException(List.of(new Problem("response", "feedback.error.not-found"))));
        if (e.getConsentAt() != null && e.getConsentWithdrawnAt() == null) {
            e.withdrawConsent(store.now());
            audit.record("FeedbackResponse", e.getId(), "CONSENT_WITHDRAWN", "Согласие на обработку контакта отозвано", null, null);
        }
    }

    private FeedbackResponse view(FeedbackResponseEntity e, Map<UUID, String> touchpointNames, Map<UUID, String> unitNames,
                                  Map<UUID, Integer> surveyNumbers) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        put(values, Field.WAY, e.getWay());
        put(values, Field.APPLICANT, e.getApplicant());
        put(values, Field.MUNICIPALITY, e.getMunicipality());
        put(values, Field.RECEIVED_ON, e.getReceivedOn() == null ? null : e.getReceivedOn().toString());
        put(values, Field.PROVIDED, e.getProvided() == null ? null : e.getProvided().toString());
        put(values, Field.SATISFIED, e.getSatisfied() == null ? null : e.getSatisfied().toString());
        put(values, Field.INFORMED_AFTER_REFUSAL, e.getInformedAfterRefusal() == null ? null : e.getInformedAfterRefusal().toString());
        Field[] scores = ResponseStore.scoreFields();
        Short[] given = e.getScores();
        for (int i = 0; i < scores.length; i++) {
            put(values, scores[i], given[i] == null ? null : given[i].toString());
        }
        Answers answers = new Answers(values, ResponseStore.difficultiesOf(e), e.getComment(), e.getContact(), e.getContact() != null);
        return new FeedbackResponse(e.getId(), surveyNumbers.computeIfAbsent(e.getSurveyVersionId(), id -> surveys.get(id).number()), Channel.valueOf(e.getChannel()),
                e.getAnsweredAt(), e.getTouchpointId(), touchpointNames.get(e.getTouchpointId()), e.getProcessId(), e.getSupportMeasure(),
                e.getUnitId(), unitNames.get(e.getUnitId()), answers, e.getConsentWithdrawnAt() != null, e.getEnteredBy());
    }

    private static void put(Map<Field, String> values, Field field, String value) {
        if (value != null) {
            values.put(field, value);
        }
    }
}
