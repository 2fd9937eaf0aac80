package ru.perechen.documents;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.publication.Publication;
import ru.perechen.publication.PublicationService;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersion;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
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

    @SuppressWarnings("java:S107")
    PublicListService(AgencyDirectory directory, PublicationService publications, PublicationSettingsService settings,
                      ListService list, ListTemplateService templates, ProcessGroupService groups,
                      PlatformTransactionManager transactions) {
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
     * An agency's open page.
     *
     * @param versions the released versions, newest first
     * @param shown    the version shown (the newest released, or the one asked for), null while none is released
     * @param tag      changes whenever anything shown changes: for ETag and caches
     */
    public record PublicList(AgencySummary agency, List<PublicVersion> versions, PublicVersion shown, PrintedList printed,
                             List<ListRow> rows, ListTemplate template, String tag, Instant lastModified) {
    }

    public record PublicVersion(ListVersion version, Instant releasedAt) {
    }

    /** The open page of an agency, with the version asked for (or the newest released when null). */
    public Optional<PublicList> find(String slug, Integer versionNumber) {
        Optional<AgencySummary> agency = directory.findBySlug(slug).filter(AgencySummary::active);
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        return TenantContext.callAsAgency(agency.get().id(), () -> readOnly.execute(status -> read(agency.get(), versionNumber)));
    }

    /** Writes a released version as a document; empty when the agency or the version is not public. */
    public boolean export(String slug, Integer versionNumber, DocumentFormat format, OutputStream out) {
        Optional<PublicList> page = find(slug, versionNumber);
        if (page.isEmpty() || page.get().shown() == null) {
            return false;
        }
        PublicList p = page.get();
        ListExportService.write(p.agency(), p.shown().version(), p.template(), p.rows(), format, out);
        return true;
    }

    private Optional<PublicList> read(AgencySummary agency, Integer versionNumber) {
        List<Publication> released = publications.released();
        List<PublicVersion> versions = released.stream()
                .map(p -> new PublicVersion(list.version(p.versionNumber()), p.releasedAt())).toList();
        ListTemplate template = templates.current();
        boolean hide = settings.current().hideInternalGroups();
        String settingsTag = template.version() + "-" + settings.current().version() + (hide ? "h" : "");
        if (versions.isEmpty()) {
            if (versionNumber != null) {
                return Optional.empty();
            }
            return Optional.of(new PublicList(agency, versions, null, null, List.of(), template, "none-" + settingsTag, null));
        }
        Optional<PublicVersion> shown = versionNumber == null ? Optional.of(versions.getFirst())
                : versions.stream().filter(v -> v.version().number() == versionNumber).findFirst();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<ListRow> rows = list.allRows(shown.get().version().number());
        if (hide) {
            Set<java.util.UUID> internal = groups.list().stream().filter(ProcessGroup::internalClient).map(ProcessGroup::id)
                    .collect(Collectors.toSet());
            rows = rows.stream().filter(r -> !internal.contains(r.groupId())).toList();
        }
        PublicVersion v = shown.get();
        Instant newest = versions.getFirst().releasedAt();
        String tag = "v" + v.version().number() + "-" + newest.toEpochMilli() + "-" + settingsTag;
        return Optional.of(new PublicList(agency, versions, v, PrintedList.of(agency.fullName(), v.version(), template, rows), rows,
                template, tag, newest));
    }
}
