package ru.perechen.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.publication.PublicationService;
import ru.perechen.publication.PublicationState;
import ru.perechen.region.AgencyIndicators;
import ru.perechen.region.RegionDashboard;
import ru.perechen.region.RegionDashboardService;
import ru.perechen.register.ListService;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.uitest.BrowserlessAgencyTest;
import ru.perechen.workflow.ChangeRequestService;
import ru.perechen.workflow.ChangeStatus;
import ru.perechen.workflow.ReviewTask;
import ru.perechen.workflow.ReviewTaskService;

/**
 * The demo's past as the regional coordinator's dashboard reads it: every first version enacted on
 * 06.02.2026 and published, the inspection's late; Мордовия's second version of August; ДИЗО НСО's request
 * in approval and the processes included since the lists. A second run of the history changes nothing.
 */
class DemoHistoryTest extends BrowserlessAgencyTest {

    @Autowired DemoHistory history;
    @Autowired RegionDashboardService dashboards;
    @Autowired PublicationService publications;
    @Autowired ReviewTaskService reviews;
    @Autowired ChangeRequestService requests;
    @Autowired ListService list;
    @Autowired ProcessRegistryService registry;

    @Test
    void the_dashboard_shows_the_quarters_past_and_a_second_run_changes_nothing() {
        RegionId nso = directory.findRegionByCode(SeedAgencies.NSO).orElseThrow().id();
        RegionId mordovia = directory.findRegionByCode(SeedAgencies.MORDOVIA).orElseThrow().id();

        RegionDashboard today = dashboard(nso, null);
        AgencyIndicators gsn = of(today, "gsn-nso");
        assertThat(gsn.list().number()).isEqualTo(1);
        assertThat(gsn.list().enactedOn()).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(gsn.list().actDate()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(gsn.publication().state()).isEqualTo(PublicationState.PUBLISHED_LATE);
        assertThat(gsn.publication().dueOn()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(gsn.publication().publishedOn()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(gsn.tasks().open()).isPositive();
        assertThat(openTasks("gsn-nso")).anyMatch(t -> t.reason() == ReviewTask.Reason.PROCESS_INCLUDED
                && t.subject().equals(DemoHistory.GSN_PROCESS));

        AgencyIndicators dizo = of(today, "dizo-nso");
        assertThat(dizo.requests().inApproval()).isEqualTo(1);
        assertThat(dizo.tasks().open()).isPositive();
        assertThat(dizo.coverage().percent()).isLessThan(100.0);
        assertThat(openTasks("dizo-nso")).anyMatch(t -> t.reason() == ReviewTask.Reason.PROCESS_INCLUDED
                && t.subject().equals(DemoHistory.DIZO_PROCESS));
        var pending = TenantContext.callAsAgency(id("dizo-nso"), requests::all).stream()
                .filter(r -> r.title().equals(DemoRequests.PENDING_TITLE)).findFirst().orElseThrow();
        assertThat(pending.status()).isEqualTo(ChangeStatus.IN_APPROVAL);
        assertThat(pending.currentStep()).isEqualTo(1);

        // every first version was published on the official site, on time but the inspection's
        for (SeedAgencies.SeedAgency seed : SeedAgencies.AGENCIES) {
            var first = TenantContext.callAsAgency(id(seed.slug()), () -> publications.forVersion(1)).orElseThrow();
            assertThat(first.enactedOn()).as(seed.slug()).isEqualTo(LocalDate.of(2026, 2, 6));
            assertThat(first.state()).as(seed.slug()).isEqualTo(seed.slug().equals("gsn-nso") ? PublicationState.PUBLISHED_LATE
                    : PublicationState.PUBLISHED_ON_TIME);
            assertThat(first.publishedUrl()).as(seed.slug()).startsWith(seed.officialSiteUrl());
        }

        // the end of the first quarter: the lists in force for seven weeks, the inspection's published six working days late
        RegionDashboard march = dashboard(nso, LocalDate.of(2026, 3, 31));
        assertThat(march.agencies()).allSatisfy(a -> assertThat(a.list().enactedOn()).isEqualTo(LocalDate.of(2026, 2, 6)));
        assertThat(of(march, "gsn-nso").publication().days()).isEqualTo(6);
        assertThat(of(march, "minpromtorg-nso").publication().state()).isEqualTo(PublicationState.PUBLISHED_ON_TIME);
        assertThat(of(march, "dizo-nso").requests().inApproval()).isZero();

        // Мордовия: version 2 through its chain, sent 03.08, enacted 17.08, published on time 19.08
        AgencyIndicators mpn = of(dashboard(mordovia, null), "minpromnauki-rm");
        assertThat(mpn.list().number()).isEqualTo(2);
        assertThat(mpn.list().actNumber()).isEqualTo("27-п");
        assertThat(mpn.list().enactedOn()).isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(mpn.publication().state()).isEqualTo(PublicationState.PUBLISHED_ON_TIME);
        assertThat(mpn.publication().dueOn()).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThat(mpn.publication().publishedOn()).isEqualTo(LocalDate.of(2026, 8, 19));
        assertThat(mpn.requests().enacted()).isEqualTo(1);
        assertThat(mpn.requests().medianWorkingDays()).isEqualTo(10.0);
        assertThat(of(dashboard(mordovia, LocalDate.of(2026, 6, 30)), "minpromnauki-rm").list().number()).isEqualTo(1);

        List<Object> before = state();
        history.apply();
        assertThat(state()).isEqualTo(before);
    }

    private RegionDashboard dashboard(RegionId region, LocalDate day) {
        return TenantContext.callAsSystem(() -> dashboards.dashboard(region, day));
    }

    private static AgencyIndicators of(RegionDashboard dashboard, String slug) {
        return dashboard.agencies().stream().filter(a -> a.agency().slug().equals(slug)).findFirst().orElseThrow();
    }

    private ru.perechen.tenancy.AgencyId id(String slug) {
        return directory.findBySlug(slug).orElseThrow().id();
    }

    private List<ReviewTask> openTasks(String slug) {
        return TenantContext.callAsAgency(id(slug), reviews::open);
    }

    /** What the history writes, as the services and the dashboards read it. */
    private List<Object> state() {
        List<Object> state = new ArrayList<>();
        state.add(dashboard(directory.findRegionByCode(SeedAgencies.NSO).orElseThrow().id(), null));
        state.add(dashboard(directory.findRegionByCode(SeedAgencies.MORDOVIA).orElseThrow().id(), null));
        for (SeedAgencies.SeedAgency seed : SeedAgencies.AGENCIES) {
            TenantContext.callAsAgency(id(seed.slug()), () -> state.addAll(List.of(list.versions(), publications.list(), requests.all(),
                    reviews.all(), registry.list())));
        }
        return state;
    }
}
