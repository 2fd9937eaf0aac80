package ru.perechen.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.perechen.coretest.TestPrincipals.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.publication.PublicationService;
import ru.perechen.register.ListService;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.PublicationSettings;
import ru.perechen.tenancy.PublicationSettingsService;

/** The open page's documents: a released version's document is built once and served as the same bytes after that. */
@SpringBootTest(classes = CoreTestApplication.class)
class PublicDocumentsTest {

    @Autowired AgencyDirectory directory;
    @Autowired StaffDirectory staff;
    @Autowired OrgUnitService units;
    @Autowired ProcessGroupService groups;
    @Autowired ProcessRegistryService registry;
    @Autowired TouchpointService touchpoints;
    @Autowired ClientNeedService needs;
    @Autowired ListTemplateService templates;
    @Autowired ListService list;
    @Autowired PublicListService publicLists;
    @Autowired PublicationService publications;
    @Autowired PublicationSettingsService publicationSettings;

    @Test
    void a_released_document_is_built_once_and_again_only_when_what_it_prints_changes() {
        DocumentFixture f = new DocumentFixture(directory, staff, units, groups, registry, touchpoints, needs, templates, list,
                TestAgencies.register(directory, "84", "Область открытых документов", "pubdoc", "ОД"), "pubdoc",
                ListTemplateDraft.methodology());
        var publication = as(f.admin, () -> publications.forVersion(1)).orElseThrow();
        as(f.admin, () -> publications.release(1, publication.version()));
        var page = publicLists.find("pubdoc-a", null).orElseThrow();

        long before = publicLists.documentsBuilt();
        byte[] first = publicLists.document(page, DocumentFormat.XLSX).orElseThrow();
        assertThat(publicLists.documentsBuilt()).isEqualTo(before + 1);
        byte[] second = publicLists.document(publicLists.find("pubdoc-a", null).orElseThrow(), DocumentFormat.XLSX).orElseThrow();
        assertThat(publicLists.documentsBuilt()).as("the second request serves the kept document").isEqualTo(before + 1);
        assertThat(second).isSameAs(first);
        byte[] csv = publicLists.document(page, DocumentFormat.CSV).orElseThrow();
        assertThat(publicLists.documentsBuilt()).isEqualTo(before + 2);
        assertThat(records(csv)).isEqualTo(1 + 7);

        // hiding the internal client's groups changes what is printed, so the tag and the document change
        var settings = as(f.admin, () -> publicationSettings.current());
        as(f.admin, () -> publicationSettings.update(new PublicationSettings(settings.officialSiteUrl(), settings.documentsSectionUrl(),
                settings.publicationDeadlineWorkDays(), true, settings.version(), null)));
        var hidden = publicLists.find("pubdoc-a", null).orElseThrow();
        assertThat(hidden.tag()).isNotEqualTo(page.tag());
        byte[] fewer = publicLists.document(hidden, DocumentFormat.CSV).orElseThrow();
        assertThat(publicLists.documentsBuilt()).isEqualTo(before + 3);
        assertThat(records(fewer)).isEqualTo(1 + 6);
    }

    private static int records(byte[] csv) {
        try {
            return org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(
                    new String(csv, java.nio.charset.StandardCharsets.UTF_8).substring(1))).getRecords().size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
