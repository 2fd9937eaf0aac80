package ru.perechen.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.feedback.FeedbackRejectedException.Problem;
import ru.perechen.feedback.internal.FeedbackLinkEntity;
import ru.perechen.feedback.internal.FeedbackLinkRepository;
import ru.perechen.feedback.internal.FeedbackSettingsEntity;
import ru.perechen.feedback.internal.FeedbackSettingsRepository;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;

/**
 * The client's side, without signing in: the survey behind a touchpoint's link and the submission of one
 * response. The agency comes from the link's path and the token is looked up inside that agency only, so a
 * response can never land on another agency's touchpoint. Nothing here reads a response.
 */
@Service
public class PublicSurveyService {

    private final AgencyDirectory directory;
    private final FeedbackSettingsRepository settings;
    private final FeedbackLinkRepository links;
    private final TouchpointService touchpoints;
    private final ListService list;
    private final SurveyVersions surveys;
    private final ResponseStore store;
    private final TransactionTemplate transactions;

    @SuppressWarnings("java:S107")
    PublicSurveyService(AgencyDirectory directory, FeedbackSettingsRepository settings, FeedbackLinkRepository links,
                        TouchpointService touchpoints, ListService list, SurveyVersions surveys, ResponseStore store,
                        PlatformTransactionManager transactionManager) {
        this.directory = directory;
        this.settings = settings;
        this.links = links;
        this.touchpoints = touchpoints;
        this.list = list;
        this.surveys = surveys;
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The survey of a link; empty when the agency, the link or the touchpoint is unknown or feedback is off. */
    public Optional<PublicSurvey> find(String slug, String token) {
        Optional<AgencySummary> agency = valid(slug, token) ? directory.findBySlug(slug).filter(AgencySummary::active) : Optional.empty();
        return agency.flatMap(a -> TenantContext.callAsAgency(a.id(), () -> transactions.execute(status -> read(a, token))));
    }

    /**
     * Stores one response through the form; the same {@code submissionKey} twice stores one.
     *
     * @param processId the support measure chosen among the touchpoint's (null when it has one, or none)
     * @return the response's id
     */
    public UUID submit(String slug, String token, UUID processId, Answers answers, UUID submissionKey) {
        PublicSurvey survey = find(slug, token).orElseThrow(() -> new FeedbackRejectedException(List.of(new Problem("link",
                "feedback.error.link"))));
        PublicSurvey.Measure measure = measure(survey, processId, answers);
        SurveyCheck.check(survey.survey(), answers, true, store.localNow());
        ResponseStore.Where where = new ResponseStore.Where(survey.touchpointId(), measure == null ? null : measure.processId(),
                measure == null ? null : measure.unitId(), measure == null ? null : measure.groupId(), measure == null ? null : measure.name());
        SurveyVersion version = new SurveyVersion(survey.surveyVersionId(), 0, null, null, survey.survey(), null, null);
        try {
            return TenantContext.callAsAgency(survey.agency().id(), () -> transactions.execute(status ->
                    store.store(version, Channel.SURVEY_LINK, where, answers, submissionKey, null)));
        } catch (DataIntegrityViolationException twice) {
            // the same form sent twice at once: the other request stored it
            return TenantContext.callAsAgency(survey.agency().id(), () -> transactions.execute(status ->
                    store.store(version, Channel.SURVEY_LINK, where, answers, submissionKey, null)));
        }
    }

    /** The first block alone, before the second is shown: its required questions answered, every value fitting. */
    public void checkFirstBlock(PublicSurvey survey, UUID processId, Answers answers) {
        measure(survey, processId, answers);
        SurveyDefinition first = new SurveyDefinition(survey.survey().title(), survey.survey().followUp(), survey.survey().block(1));
        SurveyCheck.check(first, answers, true, store.localNow());
    }

    private static PublicSurvey.Measure measure(PublicSurvey survey, UUID processId, Answers answers) {
        if (survey.measures().isEmpty()) {
            return null;
        }
        if (answers.value(Field.SUPPORT_MEASURE) != null) {
            throw new FeedbackRejectedException(List.of(new Problem("support-measure", "feedback.error.measure")));
        }
        if (processId == null) {
            if (survey.measures().size() == 1) {
                return survey.measures().getFirst();
            }
            throw new FeedbackRejectedException(List.of(new Problem("support-measure", "feedback.error.measure-required")));
        }
        return survey.measure(processId).orElseThrow(() -> new FeedbackRejectedException(List.of(new Problem("support-measure",
                "feedback.error.measure"))));
    }

    private Optional<PublicSurvey> read(AgencySummary agency, String token) {
        Optional<FeedbackSettingsEntity> on = settings.findFirstBy().filter(FeedbackSettingsEntity::isEnabled)
                .filter(s -> s.getSurveyVersionId() != null);
        Optional<FeedbackLinkEntity> link = on.flatMap(s -> links.findByToken(token));
        Optional<Touchpoint> touchpoint = link.flatMap(l -> touchpoints.list().stream()
                .filter(t -> t.id().equals(l.getTouchpointId()) && !t.retired()).findFirst());
        if (touchpoint.isEmpty()) {
            return Optional.empty();
        }
        Map<String, PublicSurvey.Measure> measures = new LinkedHashMap<>();
        for (ListRow row : list.allRows(list.currentNumber())) {
            if (touchpoint.get().id().equals(row.touchpointId())) {
                String name = row.processName();
                measures.putIfAbsent(String.valueOf(row.processId()),
                        new PublicSurvey.Measure(row.processId(), name, row.unitId(), row.unitName(), row.groupId()));
            }
        }
        SurveyVersion survey = surveys.get(on.get().getSurveyVersionId());
        return Optional.of(new PublicSurvey(agency, token, touchpoint.get().id(), touchpoint.get().name(), List.copyOf(measures.values()),
                survey.id(), survey.definition()));
    }

    private static boolean valid(String slug, String token) {
        return slug != null && slug.matches("[a-z0-9-]{1,64}") && token != null && token.matches("[A-Za-z0-9_-]{16,32}");
    }
}
