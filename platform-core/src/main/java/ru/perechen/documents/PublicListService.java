package ru.perechen.documents;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.publication.PublicationService;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersion;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.PublicationSettings;
import ru.perechen.tenancy.PublicationSettingsService;
import ru.perechen.tenancy.TenantContext;

/**
 * What anyone may read without signing in: an active agency's versions released to its open page —
 * nothing else, and without the groups for the internal client when the agency hides them. Reads run
 * read-only for that one agency.
 */
@Service
public class PublicListService {

    private final AgencyDirectory directory;
    private final PublicationService publications;
    private final PublicationSettingsService settings;
    private final ListService list;
    private final ListTemplateService templates;
    private final ProcessGroupService groups;
    private final TransactionTemplate readOnly;
    private final DocumentCache documents;

    @SuppressWarnings("java:S107")
    PublicListService(AgencyDirectory directory, PublicationService publications, PublicationSettingsService settings,
                      ListService list, ListTemplateService templates, ProcessGroupService groups,
                      PlatformTransactionManager transactions, @Value("${perechen.public.document-cache-mb:64}") long cacheMegabytes) {
        this.documents = new DocumentCache(cacheMegabytes * 1024 * 1024);
        this.directory = directory;
        this.publications = publications;
        this.settings = settings;
        this.list = list;
        this.templates = templates;
        this.groups = groups;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * An agency's open page, as far as it is needed to answer a conditional request: what is released,
     * what is shown, and the tag and time that change whenever anything shown changes. The rows are
     * read by {@link #content} only when the page is actually sent.
     *
     * @param versions the released versions, newest first
     * @param shown    the version shown (the newest released, or the one asked for), null while none is released
     * @param tag      for ETag and caches
     */
    public record PublicList(AgencySummary agency, List<PublicVersion> versions, PublicVersion shown, ListTemplate template,
                             boolean hideInternalGroups, String tag, Instant lastModified) {
    }

    public record PublicVersion(ListVersion version, Instant releasedAt) {
    }

    /** The shown version's rows (without the internal client's groups when the agency hides them), laid out for print. */
    public record PublicContent(List<ListRow> rows, PrintedList printed) {
    }

    /** The open page of an agency, with the version asked for (or the newest released when null). */
    public Optional<PublicList> find(String slug, Integer versionNumber) {
        Optional<AgencySummary> agency = directory.findBySlug(slug).filter(AgencySummary::active);
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        return TenantContext.callAsAgency(agency.get().id(), () -> readOnly.execute(status -> read(agency.get(), versionNumber)));
    }

    /** The rows of the version a page shows (none while nothing is released). */
    public PublicContent content(PublicList page) {
        if (page.shown() == null) {
            return new PublicContent(List.of(), null);
        }
        return TenantContext.callAsAgency(page.agency().id(), () -> readOnly.execute(status -> {
            List<ListRow> rows = list.allRows(page.shown().version().number());
            if (page.hideInternalGroups()) {
                Set<java.util.UUID> internal = internalGroups();
                rows = rows.stream().filter(r -> !internal.contains(r.groupId())).toList();
            }
            return new PublicContent(rows, PrintedList.of(page.agency().fullName(), page.shown().version(), page.template(), rows));
        }));
    }

    /**
     * The version a page shows as a document (empty when nothing is released). A released version does
     * not change, so each document is built once and the same bytes are served under the same tag.
     */
    public Optional<byte[]> document(PublicList page, DocumentFormat format) {
        if (page.shown() == null) {
            return Optional.empty();
        }
        return Optional.of(documents.get(page.agency().id() + "/" + page.tag() + "/" + format.extension(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ListExportService.write(page.agency(), page.shown().version(), page.template(), content(page).rows(), format, out);
            return out.toByteArray();
        }));
    }

    /** How many public documents this node has built: the evidence that a second request serves the kept bytes. */
    public long documentsBuilt() {
        return documents.builds();
    }

    private Set<java.util.UUID> internalGroups() {
        return groups.list().stream().filter(ProcessGroup::internalClient).map(ProcessGroup::id)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private Optional<PublicList> read(AgencySummary agency, Integer versionNumber) {
        Map<Integer, ListVersion> enacted = list.versions().stream().collect(Collectors.toMap(ListVersion::number, v -> v));
        List<PublicVersion> versions = publications.released().stream()
                .map(p -> new PublicVersion(enacted.get(p.versionNumber()), p.releasedAt())).toList();
        ListTemplate template = templates.current();
        PublicationSettings current = settings.current();
        boolean hide = current.hideInternalGroups();
        // everything the page and its documents print besides the version itself: the template, the
        // settings, the agency's names and, when hidden, which groups are the internal client's
        String settingsTag = template.version() + "-" + current.version() + (hide ? "h" + internalGroups().hashCode() : "") + "-"
                + Integer.toHexString(java.util.Objects.hash(agency.fullName(), agency.shortName(), agency.officialSiteUrl()));
        if (versions.isEmpty()) {
            return versionNumber != null ? Optional.empty()
                    : Optional.of(new PublicList(agency, versions, null, template, hide, "none-" + settingsTag, null));
        }
        Optional<PublicVersion> shown = versionNumber == null ? Optional.of(versions.getFirst())
                : versions.stream().filter(v -> v.version().number() == versionNumber).findFirst();
        Instant newest = versions.getFirst().releasedAt();
        return shown.map(v -> new PublicList(agency, versions, v, template, hide,
                "v" + v.version().number() + "-" + newest.toEpochMilli() + "-" + settingsTag, newest));
    }
}
