package ru.perechen.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.feedback.internal.FeedbackLinkEntity;
import ru.perechen.feedback.internal.FeedbackLinkRepository;
import ru.perechen.feedback.internal.FeedbackSettingsEntity;
import ru.perechen.feedback.internal.FeedbackSettingsRepository;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The responsible unit's part: switching feedback on (with act 004's survey as the first version), its
 * figures, and each touchpoint's link. Reading is for whoever records feedback; changing is oversight.
 */
@Service
public class FeedbackSetup {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final FeedbackSettingsRepository settings;
    private final FeedbackLinkRepository links;
    private final SurveyVersions surveys;
    private final TouchpointService touchpoints;
    private final AgencyDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    FeedbackSetup(FeedbackSettingsRepository settings, FeedbackLinkRepository links, SurveyVersions surveys, TouchpointService touchpoints,
                  AgencyDirectory directory, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.links = links;
        this.surveys = surveys;
        this.touchpoints = touchpoints;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FeedbackSettings settings() {
        Access.FEEDBACK_ENTRY.require();
        TenantContext.requireAgency();
        return settings.findFirstBy().map(this::view).orElse(new FeedbackSettings(false, null, 70, 10, -1));
    }

    /** Switches feedback on or off; the first time on, act 004's survey becomes version 1. */
    @Transactional
    public FeedbackSettings change(boolean enabled, int thresholdPercent, int reportDueWorkingDays, long version) {
        Access.OVERSIGHT.require();
        TenantContext.requireAgency();
        if (thresholdPercent < 1 || thresholdPercent > 100) {
            throw new InvalidConfigurationException("threshold", "feedback.error.threshold");
        }
        if (reportDueWorkingDays < 1 || reportDueWorkingDays > 60) {
            throw new InvalidConfigurationException("due", "feedback.error.due");
        }
        FeedbackSettingsEntity entity = settings.findFirstBy().orElseGet(FeedbackSettingsEntity::new);
        if (entity.getId() != null && entity.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(FeedbackSettingsEntity.class, entity.getId());
        }
        FeedbackSettings before = entity.getId() == null ? null : view(entity);
        UUID survey = entity.getSurveyVersionId() != null ? entity.getSurveyVersionId()
                : enabled ? surveys.addPreset(actorName()).id() : null;
        entity.change(enabled, survey, thresholdPercent, reportDueWorkingDays);
        FeedbackSettingsEntity saved = settings.saveAndFlush(entity);
        FeedbackSettings after = view(saved);
        audit.record("FeedbackSettings", saved.getId(), enabled ? "FEEDBACK_ON" : "FEEDBACK_OFF",
                enabled ? "Обратная связь включена" : "Обратная связь выключена", before, after);
        return after;
    }

    /** The survey in use (empty until feedback is switched on once). */
    @Transactional(readOnly = true)
    public java.util.Optional<SurveyVersion> survey() {
        Access.FEEDBACK_ENTRY.require();
        return settings.findFirstBy().map(FeedbackSettingsEntity::getSurveyVersionId).map(surveys::get);
    }

    /** Every touchpoint in use with its link; a touchpoint without one gets it now. */
    @Transactional
    public List<TouchpointLink> links() {
        Access.FEEDBACK_ENTRY.require();
        String slug = directory.find(TenantContext.requireAgency()).orElseThrow().slug();
        Map<UUID, FeedbackLinkEntity> existing = links.findAll().stream()
                .collect(Collectors.toMap(FeedbackLinkEntity::getTouchpointId, Function.identity()));
        return touchpoints.list().stream().filter(t -> !t.retired()).sorted(Comparator.comparing(Touchpoint::name))
                .map(t -> {
                    FeedbackLinkEntity link = existing.computeIfAbsent(t.id(),
                            id -> links.save(new FeedbackLinkEntity(id, newToken(), clock.instant())));
                    return new TouchpointLink(t.id(), t.name(), t.kind(), link.getToken(), path(slug, link.getToken()));
                }).toList();
    }

    /** The public form's path for a touchpoint's token. */
    public static String path(String slug, String token) {
        return "/feedback/" + slug + "/" + token;
    }

    private FeedbackSettings view(FeedbackSettingsEntity entity) {
        Integer number = entity.getSurveyVersionId() == null ? null : surveys.get(entity.getSurveyVersionId()).number();
        return new FeedbackSettings(entity.isEnabled(), number, entity.getThresholdPercent(), entity.getReportDueWorkingDays(),
                entity.getVersion());
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String actorName() {
        return TenantContext.principal().map(TenantPrincipal::actorName).orElse(AuditLog.SYSTEM);
    }
}
