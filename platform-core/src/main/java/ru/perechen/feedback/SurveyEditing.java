package ru.perechen.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.feedback.FeedbackRejectedException.Problem;
import ru.perechen.feedback.internal.FeedbackSettingsEntity;
import ru.perechen.feedback.internal.FeedbackSettingsRepository;
import ru.perechen.feedback.internal.SurveyResponseCountRepository;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/**
 * The agency's own survey: an edition of the version in use, checked against {@link SurveyRules}, stored
 * as a new version (a version once stored is never rewritten, so every response keeps the wording it
 * answered) and made the one in use; the versions with their responses; an earlier one made current again.
 * Oversight only, as the switch itself.
 */
@Service
public class SurveyEditing {

    private final FeedbackSettingsRepository settings;
    private final SurveyVersions surveys;
    private final SurveyResponseCountRepository counts;
    private final AuditLog audit;

    SurveyEditing(FeedbackSettingsRepository settings, SurveyVersions surveys, SurveyResponseCountRepository counts, AuditLog audit) {
        this.settings = settings;
        this.surveys = surveys;
        this.counts = counts;
        this.audit = audit;
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<SurveyVersionSummary> versions() {
        Access.OVERSIGHT.require();
        TenantContext.requireAgency();
        UUID current = settings.findFirstBy().map(FeedbackSettingsEntity::getSurveyVersionId).orElse(null);
        Map<UUID, Long> answered = new HashMap<>();
        counts.countByVersion().forEach(row -> answered.put((UUID) row[0], ((Number) row[1]).longValue()));
        return surveys.all().stream().map(v -> new SurveyVersionSummary(v.id(), v.number(), v.title(), v.preset(), v.createdAt(),
                v.createdBy(), answered.getOrDefault(v.id(), 0L), v.id().equals(current))).toList();
    }

    /**
     * Stores the edition as the next version and makes it the one in use.
     *
     * @param basedOn the version the edition was made from: it must still be the one in use
     * @throws FeedbackRejectedException       what does not fit, each problem at its place
     * @throws OptimisticLockingFailureException another version was made current meanwhile
     */
    @Transactional
    public SurveyVersion saveAsNewVersion(UUID basedOn, String title, SurveyDefinition edited) {
        Access.OVERSIGHT.require();
        TenantContext.requireAgency();
        FeedbackSettingsEntity entity = inUse();
        if (!entity.getSurveyVersionId().equals(basedOn)) {
            throw new OptimisticLockingFailureException("Another survey version is in use now: " + entity.getSurveyVersionId());
        }
        SurveyEditCheck.check(title, edited);
        SurveyVersion before = surveys.get(entity.getSurveyVersionId());
        SurveyVersion saved = surveys.addEdited(SurveyEditCheck.normalized(edited), title.strip(), FeedbackSetup.actorName());
        use(entity, saved);
        audit.record("SurveyVersion", saved.id(), "SURVEY_VERSION_CREATED", "Новая редакция анкеты № " + saved.number() + " «"
                + saved.title() + "» (на основе № " + before.number() + ") стала действующей", before.definition(), saved.definition());
        return saved;
    }

    /** Makes an earlier (or later) version the one in use again; new responses answer it from now on. */
    @Transactional
    public SurveyVersion makeCurrent(int number) {
        Access.OVERSIGHT.require();
        TenantContext.requireAgency();
        FeedbackSettingsEntity entity = inUse();
        SurveyVersion chosen = surveys.byNumber(number).orElseThrow(() -> new FeedbackRejectedException(List.of(new Problem("version",
                "feedback.survey-edit.error.version-unknown", number))));
        SurveyVersion before = surveys.get(entity.getSurveyVersionId());
        if (!before.id().equals(chosen.id())) {
            use(entity, chosen);
            audit.record("FeedbackSettings", entity.getId(), "SURVEY_VERSION_CURRENT", "Действующей стала редакция анкеты № "
                    + chosen.number() + " «" + chosen.title() + "»", new InUse(before.number(), before.title()),
                    new InUse(chosen.number(), chosen.title()));
        }
        return chosen;
    }

    /** The audit's before and after of a version made current. */
    record InUse(int surveyNumber, String title) {
    }

    private FeedbackSettingsEntity inUse() {
        return settings.findFirstBy().filter(s -> s.getSurveyVersionId() != null).orElseThrow(() -> new FeedbackRejectedException(
                List.of(new Problem("survey", "feedback.survey-edit.error.no-survey"))));
    }

    private void use(FeedbackSettingsEntity entity, SurveyVersion version) {
        entity.change(entity.isEnabled(), version.id(), entity.getThresholdPercent(), entity.getReportDueWorkingDays());
        settings.saveAndFlush(entity);
    }
}
