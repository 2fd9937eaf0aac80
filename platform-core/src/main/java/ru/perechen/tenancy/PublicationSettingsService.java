package ru.perechen.tenancy;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.tenancy.internal.AgencyEntity;
import ru.perechen.tenancy.internal.AgencyProfileEntity;
import ru.perechen.tenancy.internal.AgencyProfileRepository;
import ru.perechen.tenancy.internal.AgencyRepository;

/** The current agency's publication settings: the «Документы» section, the deadline, what is public. */
@Service
public class PublicationSettingsService {

    public static final int MAX_DEADLINE = 30;
    private static final int URL_MAX = 500;

    private final AgencyRepository agencies;
    private final AgencyProfileRepository profiles;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PublicationSettingsService(AgencyRepository agencies, AgencyProfileRepository profiles, Clock clock,
                               ApplicationEventPublisher events) {
        this.agencies = agencies;
        this.profiles = profiles;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PublicationSettings current() {
        AgencyEntity agency = agency();
        return profiles.findFirstBy().map(p -> toRecord(agency, p))
                .orElseGet(() -> new PublicationSettings(agency.getOfficialSiteUrl(), agency.getDocumentsSectionUrl(), 5, false, -1, null));
    }

    /**
     * Saves the settings. The «Документы» section must be a web address on the agency's official site.
     *
     * @throws InvalidSettingException with the field when a value is refused
     */
    @Transactional
    public PublicationSettings update(PublicationSettings changed) {
        Access.ADMINISTRATION.require();
        AgencyEntity agency = agency();
        String documents = changed.documentsSectionUrl() == null || changed.documentsSectionUrl().isBlank()
                ? null : changed.documentsSectionUrl().strip();
        if (documents != null) {
            URI uri = webAddress(documents);
            if (uri == null || documents.length() > URL_MAX) {
                throw new InvalidSettingException("documentsSectionUrl", "publication.error.url");
            }
            URI site = agency.getOfficialSiteUrl() == null ? null : webAddress(agency.getOfficialSiteUrl());
            if (site != null && !sameSite(uri.getHost(), site.getHost())) {
                throw new InvalidSettingException("documentsSectionUrl", "publication.error.other-site");
            }
        }
        if (changed.publicationDeadlineWorkDays() < 1 || changed.publicationDeadlineWorkDays() > MAX_DEADLINE) {
            throw new InvalidSettingException("publicationDeadlineWorkDays", "publication.error.deadline");
        }
        AgencyProfileEntity profile = profiles.findFirstBy().orElseGet(AgencyProfileEntity::new);
        long version = profile.getId() == null ? -1 : profile.getVersion();
        if (version != changed.version()) {
            throw new ObjectOptimisticLockingFailureException(AgencyProfileEntity.class, profile.getId());
        }
        PublicationSettings before = profile.getId() == null ? null : toRecord(agency, profile);
        profile.updatePublication(changed.publicationDeadlineWorkDays(), changed.hideInternalGroups(), clock.instant());
        agency.setSiteUrls(agency.getOfficialSiteUrl(), documents);
        AgencyProfileEntity saved = profiles.saveAndFlush(profile);
        agencies.saveAndFlush(agency);
        PublicationSettings after = toRecord(agency, saved);
        events.publishEvent(new PublicationSettingsChanged(saved.getId(), before, after));
        return after;
    }

    private AgencyEntity agency() {
        AgencyId id = TenantContext.requireAgency();
        return agencies.findById(id.value()).orElseThrow(() -> new AccessDeniedToTenantException("Unknown agency"));
    }

    private static URI webAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getHost().contains(".")
                    ? uri : null;
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    /** The same host, or one of its subdomains (www.example.ru is example.ru). */
    private static boolean sameSite(String host, String siteHost) {
        String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String s = siteHost.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        return h.equals(s) || h.endsWith("." + s);
    }

    private static PublicationSettings toRecord(AgencyEntity agency, AgencyProfileEntity profile) {
        return new PublicationSettings(agency.getOfficialSiteUrl(), agency.getDocumentsSectionUrl(),
                profile.getPublicationDeadlineWorkDays(), profile.isHideInternalGroups(), profile.getVersion(), profile.getUpdatedAt());
    }
}
