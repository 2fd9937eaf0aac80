package ru.perechen.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.coordinator;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.publication.PublicationState;
import ru.perechen.region.AgencyIndicators.Channels;
import ru.perechen.region.AgencyIndicators.Compliance;
import ru.perechen.region.AgencyIndicators.Coverage;
import ru.perechen.region.AgencyIndicators.Feedback;
import ru.perechen.region.AgencyIndicators.ListInForce;
import ru.perechen.region.AgencyIndicators.Publication;
import ru.perechen.region.AgencyIndicators.Requests;
import ru.perechen.region.AgencyIndicators.Tasks;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The platform admin's regions as rows: two regions built through the agencies' own services — the north
 * (881) with a ministry listing both its processes and an inspection listing two of its three, feedback on;
 * the south (882) with a committee without a list — and the sums of a dashboard built in memory.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionRollupTest {

    @Autowired RegionRollupService rollups;
    @Autowired AgencyDirectory directory;
    @Autowired ProcessGroupService groups;
    @Autowired ClientNeedService needs;
    @Autowired TouchpointService touchpoints;
    @Autowired ProcessRegistryService registry;
    @Autowired ListService lists;
    @Autowired FeedbackSetup feedback;

    RegionId north;
    RegionId south;

    @BeforeAll
    void two_regions_of_hand_built_agencies() {
        AgencyId[] agencies = TenantContext.callAsSystem(() -> {
            north = directory.registerRegion("881", "Северная область сводки");
            south = directory.registerRegion("882", "Южная область сводки");
            return new AgencyId[] {agency(north, "ru-n-ministry", "Министерство С"), agency(north, "ru-n-inspection", "Инспекция С"),
                    agency(south, "ru-s-committee", "Комитет Ю")};
        });
        agency(agencies[0], 2, 2, false);
        agency(agencies[1], 3, 2, true);
        agency(agencies[2], 1, 0, false);
    }

    @Test
    void every_region_is_one_row_summing_its_agencies() {
        List<RegionRollup> all = as(new PlatformAdmin(), () -> rollups.rollups(null));
        RegionRollup n = of(all, "881");
        assertThat(n.region().name()).isEqualTo("Северная область сводки");
        assertThat(n.agencies()).isEqualTo(2);
        assertThat(n.withoutList()).isZero();
        // the ministry lists both processes: 100; the inspection leaves one without a row, a warning over 2 rows: 50
        assertThat(n.meanCompliance()).isEqualTo(75.0);
        // the inspection's third process, included and never listed
        assertThat(n.tasksOpen()).isEqualTo(1);
        assertThat(n.tasksOverdue()).isZero();
        assertThat(n.requestsInApproval()).isZero();
        assertThat(n.publicationsOverdue()).as("enacted today").isZero();
        assertThat(n.publicationsLate()).isZero();
        assertThat(n.feedbackOn()).isEqualTo(1);
        assertThat(n.meanSatisfaction()).as("nobody answered").isNull();

        RegionRollup s = of(all, "882");
        assertThat(s.agencies()).isEqualTo(1);
        assertThat(s.withoutList()).isEqualTo(1);
        assertThat(s.meanCompliance()).as("no agency has a list").isNull();
        assertThat(s.tasksOpen()).isEqualTo(1);
        assertThat(s.feedbackOn()).isZero();
        assertThat(s.asOf()).isEqualTo(n.asOf());
    }

    @Test
    void only_the_platform_admin_sees_every_region() {
        assertThatThrownBy(() -> as(coordinator(north), () -> rollups.rollups(null))).isInstanceOf(AccessDeniedToTenantException.class);
    }

    @Test
    void a_dashboard_sums_up_to_counts_and_means_of_the_agencies_that_have_the_figure() {
        RegionSummary region = new RegionSummary(new RegionId(UUID.randomUUID()), "899", "Область в памяти", 3);
        AgencyIndicators x = indicators(region, "x", new Compliance(Map.of(), 1, 1, 57.1),
                new Publication(PublicationState.OVERDUE, LocalDate.of(2026, 5, 12), null, 7), new Tasks(2, 1), 1,
                new Feedback("2026-Q3", 5, 75.0, 80));
        AgencyIndicators y = indicators(region, "y", new Compliance(Map.of(), 0, 1, 66.7),
                new Publication(PublicationState.PUBLISHED_LATE, LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 20), 3),
                new Tasks(1, 0), 0, new Feedback("2026-Q3", 0, null, 80));
        AgencyIndicators z = indicators(region, "z", null, null, new Tasks(1, 0), 2, null);

        RegionRollup rollup = RegionRollup.of(new RegionDashboard(region, LocalDate.of(2026, 11, 16), "2026-Q3", List.of(x, y, z)));

        assertThat(rollup).isEqualTo(new RegionRollup(region, LocalDate.of(2026, 11, 16), 3, 1, 61.9, 1, 1, 4, 1, 3, 2, 75.0));
        assertThat(RegionRollup.of(new RegionDashboard(region, LocalDate.of(2026, 11, 16), "2026-Q3", List.of())))
                .isEqualTo(new RegionRollup(region, LocalDate.of(2026, 11, 16), 0, 0, null, 0, 0, 0, 0, 0, 0, null));
    }

    private static AgencyIndicators indicators(RegionSummary region, String slug, Compliance compliance, Publication publication,
                                               Tasks tasks, int inApproval, Feedback feedback) {
        AgencySummary agency = new AgencySummary(new AgencyId(UUID.randomUUID()), slug, slug, slug, AgencyType.MINISTRY, region.id(),
                region.name(), null, null, true);
        ListInForce list = compliance == null ? null : new ListInForce(1, null, null, LocalDate.of(2026, 3, 2), 10, 3, 2, 2);
        return new AgencyIndicators(agency, list, compliance, publication, tasks, new Requests(inApproval, 0, null), new Coverage(2, 2),
                new Channels(0, 0, Map.of()), feedback);
    }

    private static RegionRollup of(List<RegionRollup> all, String code) {
        return all.stream().filter(r -> r.region().code().equals(code)).findFirst().orElseThrow();
    }

    private AgencyId agency(RegionId region, String slug, String name) {
        return directory.registerAgency(new AgencyDirectory.NewAgency(region, slug, name, name, AgencyType.MINISTRY,
                "https://" + slug + ".example.ru", null));
    }

    /** The agency's catalogues, a site, {@code processes} processes and (if any) a list of the first {@code listed}. */
    private void agency(AgencyId agency, int processes, int listed, boolean feedbackOn) {
        as(person(agency, agency + "-admin", "Администратор", Role.TENANT_ADMIN, Role.CC_DEPUTY), () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            UUID site = touchpoints.create(new TouchpointDraft("Сайт", null, ChannelType.SITE, "https://site.example.ru", null,
                    "Положение")).id();
            UUID group = groups.list().getFirst().id();
            UUID need = needs.list().getFirst().id();
            List<RowChange> rows = new java.util.ArrayList<>();
            for (int i = 0; i < processes; i++) {
                UUID process = registry.create(new ProcessDraft("Процесс " + (i + 1), group, ProcessKind.SUPPORT_MEASURE, true, Set.of(),
                        List.of(), null, null)).id();
                if (i < listed) {
                    rows.add(new RowChange.Add(UUID.randomUUID(), new RowContent(process, null, site,
                            List.of(new NeedInteraction(need, null)), null, null, Map.of())));
                }
            }
            if (!rows.isEmpty()) {
                lists.enact(new Enactment(null, null, null, null, null, rows));
            }
            if (feedbackOn) {
                feedback.change(true, 80, 10, -1);
            }
            return null;
        });
    }

    private record PlatformAdmin() implements TenantPrincipal {
        public Optional<AgencyId> agencyId() { return Optional.empty(); }
        public Optional<RegionId> coordinatedRegion() { return Optional.empty(); }
        public Set<Role> roles() { return Set.of(Role.PLATFORM_ADMIN); }
        public String actorId() { return "test-platform-admin"; }
        public String actorName() { return "Платон Платформин"; }
    }
}
