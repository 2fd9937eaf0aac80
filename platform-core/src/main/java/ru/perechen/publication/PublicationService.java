package ru.perechen.publication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.calendar.CalendarService;
import ru.perechen.calendar.CalendarYearMissingException;
import ru.perechen.publication.internal.PublicationEntity;
import ru.perechen.publication.internal.PublicationRepository;
import ru.perechen.register.ListVersionEnacted;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.PublicationSettingsService;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The publication deadline of every enacted version: N working days (the agency's setting at the
 * time of enactment) counted by the production calendar of the agency's region, and its state today.
 * The responsible person records the URL on the official site and the date it was published.
 */
@Service
public class PublicationService {

    static final String ENTITY = "Publication";
    private static final int URL_MAX = 1000;

    private final PublicationRepository publications;
    private final CalendarService calendar;
    private final AgencyDirectory directory;
    private final PublicationSettingsService settings;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean checkUrls;

    @SuppressWarnings("java:S107")
    PublicationService(PublicationRepository publications, CalendarService calendar, AgencyDirectory directory,
                       PublicationSettingsService settings, AuditLog audit, Clock clock,
                       @Value("${perechen.publication.check-urls:false}") boolean checkUrls) {
        this.publications = publications;
        this.calendar = calendar;
        this.directory = directory;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.checkUrls = checkUrls;
    }

    /** Starts the deadline of a version in the transaction that enacts it. */
    @EventListener
    void on(ListVersionEnacted enacted) {
        LocalDate on = LocalDate.ofInstant(enacted.enactedAt(), CalendarService.ZONE);
        int days = settings.current().publicationDeadlineWorkDays();
        PublicationEntity entity = new PublicationEntity(enacted.number(), on, days, null, null);
        due(entity).ifPresentOrElse(d -> entity.recomputed(d, null), () -> entity.recomputed(null, missingYear(entity)));
        publications.save(entity);
    }

    @Transactional(readOnly = true)
    public List<Publication> list() {
        TenantContext.requireAgency();
        LocalDate today = calendar.today();
        return publications.findAllByOrderByVersionNumberDesc().stream().map(e -> toRecord(e, today)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Publication> forVersion(int versionNumber) {
        TenantContext.requireAgency();
        return publications.findByVersionNumber(versionNumber).map(e -> toRecord(e, calendar.today()));
    }

    /** The newest version's publication: what the agency's home page shows. */
    @Transactional(readOnly = true)
    public Optional<Publication> latest() {
        return list().stream().findFirst();
    }

    /** Records where and when a version was published on the official site. */
    @Transactional
    public Publication markPublished(int versionNumber, long version, String url, LocalDate on) {
        PublicationEntity entity = forResponsible(versionNumber, version);
        String clean = url == null ? "" : url.strip();
        URI uri = parse(clean);
        AgencySummary agency = directory.find(TenantContext.requireAgency()).orElseThrow();
        if (agency.officialSiteUrl() != null && !sameSite(uri, parse(agency.officialSiteUrl()))) {
            throw new InvalidSettingException("url", "publication.error.not-official-site", agency.officialSiteUrl());
        }
        if (on == null) {
            throw new InvalidSettingException("publishedOn", "publication.error.date-required");
        }
        if (on.isBefore(entity.getEnactedOn())) {
            throw new InvalidSettingException("publishedOn", "publication.error.before-enactment");
        }
        if (on.isAfter(calendar.today())) {
            throw new InvalidSettingException("publishedOn", "publication.error.future");
        }
        Publication before = toRecord(entity, calendar.today());
        entity.published(clean, on, actorName(), clock.instant(), checkUrls ? answers(uri) : null);
        Publication after = toRecord(publications.saveAndFlush(entity), calendar.today());
        audit.record(ENTITY, after.id(), "PUBLISHED", "Редакция " + versionNumber + ": " + clean, before, after);
        return after;
    }

    /**
     * Releases an enacted version to the agency's open page (and the snippet its site embeds), from
     * where the public, the site and open-data readers take it. Releasing twice changes nothing.
     */
    @Transactional
    public Publication release(int versionNumber, long version) {
        PublicationEntity entity = forResponsible(versionNumber, version);
        if (entity.getReleasedAt() != null) {
            return toRecord(entity, calendar.today());
        }
        Publication before = toRecord(entity, calendar.today());
        entity.released(actorName(), clock.instant());
        Publication after = toRecord(publications.saveAndFlush(entity), calendar.today());
        audit.record(ENTITY, after.id(), "RELEASED", "Редакция " + versionNumber + " на открытой странице", before, after);
        return after;
    }

    /** The versions on the open page, newest first. */
    @Transactional(readOnly = true)
    public List<Publication> released() {
        return list().stream().filter(p -> p.releasedAt() != null).toList();
    }

    /** The publication of a version for the person responsible, as they last read it (optimistic lock). */
    private PublicationEntity forResponsible(int versionNumber, long version) {
        TenantContext.requireAgency();
        Access.OVERSIGHT.require();
        PublicationEntity entity = publications.findByVersionNumber(versionNumber)
                .orElseThrow(() -> new InvalidSettingException("version", "publication.error.no-version", versionNumber));
        if (entity.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(PublicationEntity.class, entity.getId());
        }
        return entity;
    }

    private Publication toRecord(PublicationEntity e, LocalDate today) {
        Optional<LocalDate> due = Optional.ofNullable(e.getDueOn()).or(() -> due(e));
        Integer missing = due.isPresent() ? null : missingYear(e);
        PublicationState state;
        Integer left = null;
        if (e.getPublishedOn() != null) {
            state = due.isEmpty() || !e.getPublishedOn().isAfter(due.get()) ? PublicationState.PUBLISHED_ON_TIME
                    : PublicationState.PUBLISHED_LATE;
        } else if (due.isEmpty()) {
            state = PublicationState.CALENDAR_MISSING;
        } else {
            try {
                left = calendar.workingDaysBetween(today, due.get(), region());
                state = today.isAfter(due.get()) ? PublicationState.OVERDUE : left <= 1 ? PublicationState.DUE_SOON : PublicationState.AWAITING;
            } catch (CalendarYearMissingException unknown) {
                state = today.isAfter(due.get()) ? PublicationState.OVERDUE : PublicationState.AWAITING;
            }
        }
        return new Publication(e.getId(), e.getVersionNumber(), e.getEnactedOn(), e.getWorkingDays(), due.orElse(null), missing,
                e.getPublishedUrl(), e.getPublishedOn(), e.getPublishedBy(), e.getRecordedAt(), e.getUrlAnswered(), state, left,
                e.getReleasedAt(), e.getReleasedBy(), e.getVersion());
    }

    private Optional<LocalDate> due(PublicationEntity e) {
        try {
            return Optional.of(calendar.addWorkingDays(e.getEnactedOn(), e.getWorkingDays(), region()));
        } catch (CalendarYearMissingException missing) {
            return Optional.empty();
        }
    }

    private Integer missingYear(PublicationEntity e) {
        try {
            calendar.addWorkingDays(e.getEnactedOn(), e.getWorkingDays(), region());
            return null;
        } catch (CalendarYearMissingException missing) {
            return missing.year();
        }
    }

    private RegionId region() {
        return TenantContext.currentAgency().flatMap(directory::find).map(AgencySummary::regionId).orElse(null);
    }

    private static URI parse(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || url.length() > URL_MAX) {
                throw new IllegalArgumentException(url);
            }
            return uri;
        } catch (IllegalArgumentException bad) {
            throw new InvalidSettingException("url", "publication.error.url");
        }
    }

    /** The same site or a subdomain of it (www.…, docs.…). */
    private static boolean sameSite(URI uri, URI site) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String official = site.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        return host.equals(official) || host.endsWith("." + official);
    }

    /** Whether the site answers at the URL; off by default (no network from many government hosts). */
    private static boolean answers(URI uri) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                            .build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() < 400;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String actorName() {
        return TenantContext.principal().map(TenantPrincipal::actorName).orElse(AuditLog.SYSTEM);
    }
}
