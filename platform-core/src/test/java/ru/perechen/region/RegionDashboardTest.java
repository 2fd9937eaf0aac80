package ru.perechen.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.coordinator;
import static ru.perechen.region.RegionDashboardFixture.PAST;
import static ru.perechen.region.RegionDashboardFixture.TODAY;
import static ru.perechen.region.RegionDashboardFixture.day;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import ru.perechen.catalog.ChannelType;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.publication.PublicationState;
import ru.perechen.region.AgencyIndicators.Channels;
import ru.perechen.region.AgencyIndicators.Coverage;
import ru.perechen.region.AgencyIndicators.Feedback;
import ru.perechen.region.AgencyIndicators.ListInForce;
import ru.perechen.region.AgencyIndicators.Publication;
import ru.perechen.region.AgencyIndicators.Requests;
import ru.perechen.region.AgencyIndicators.Tasks;
import ru.perechen.region.RegionAgencyRecords.Card;
import ru.perechen.region.RegionAgencyRecords.Task;
import ru.perechen.region.RegionAgencyRecords.Version;
import ru.perechen.register.ListRule;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.Role;

/**
 * The coordinator's dashboard of region 861 ({@link RegionDashboardFixture} builds it day by day of 2026):
 * every indicator against the figure computed by hand, today (16.11.2026) and as of 21.05.2026. Working
 * days are those of the 2026 production calendar (off: 09.03, 01.05, 11.05, 12.06, 04.11 and weekends);
 * «N wd» below counts the working days after the first day up to and including the second.
 */
@SpringBootTest(classes = {CoreTestApplication.class, RegionDashboardTest.Clocks.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionDashboardTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        RegionDashboardFixture.MovableClock movableClock() {
            return new RegionDashboardFixture.MovableClock();
        }
    }

    @Autowired ApplicationContext context;
    @Autowired RegionDashboardFixture.MovableClock clock;
    @Autowired RegionDashboardService dashboards;
    @Autowired RegionAgencyService cards;

    RegionDashboardFixture f;

    @BeforeAll
    void region_861_built_from_march_to_november() {
        f = RegionDashboardFixture.build(context, clock);
    }

    @Test
    void every_active_agency_of_the_region_is_one_line_and_feedback_is_of_the_quarter_before() {
        RegionDashboard today = dashboard(null);
        assertThat(today.asOf()).isEqualTo(TODAY);
        assertThat(today.region().code()).isEqualTo("861");
        assertThat(today.feedbackQuarter()).isEqualTo("2026-Q3");
        // by short name; the inactive rd-d is left out
        assertThat(today.agencies()).extracting(a -> a.agency().slug()).containsExactly("rd-b", "rd-c", "rd-a");
    }

    @Test
    void the_ministry_today_every_indicator_as_computed_by_hand() {
        AgencyIndicators a = of(dashboard(TODAY), "rd-a");
        // v4 by order 4-п of 02.09 (R3 enacted 03.09): 02.09 → 16.11 = 28 + 31 + 16 = 75 days; rows: 4 of v1 + one per R1–R3
        assertThat(a.list()).isEqualTo(new ListInForce(4, "4-п", day(9, 2), day(9, 3), 75, 7, 4, 4));
        // findings: the old phone retired (error), reports without a row (warning); 100 − 100 × (2 × 1 + 1) / 7 = 57.14
        assertThat(a.compliance().findings()).containsEntry(ListRule.RETIRED_TOUCHPOINT, 1)
                .containsEntry(ListRule.PROCESS_WITHOUT_TOUCHPOINTS, 1).containsEntry(ListRule.ROW_WITHOUT_BASIS, 0)
                .containsEntry(ListRule.GROUP_WITHOUT_PROCESSES, 0).containsEntry(ListRule.DUPLICATE_TOUCHPOINT, 0);
        assertThat(a.compliance().errors()).isEqualTo(1);
        assertThat(a.compliance().warnings()).isEqualTo(1);
        assertThat(a.compliance().score()).isEqualTo(57.1);
        // enacted 03.09 (Thu), due 5 wd later: 04, 07, 08, 09, 10.09; published 08.09 → on time, no days
        assertThat(a.publication()).isEqualTo(new Publication(PublicationState.PUBLISHED_ON_TIME, day(9, 10), day(9, 8), null));
        // open: reports included (01.10) and R4's step overdue (sent 01.10, 3 wd → due 06.10, checked 08.10)
        assertThat(a.tasks()).isEqualTo(new Tasks(2, 1));
        // R4 waits; enacted since 17.11.2025: R1 01.04 → 08.04 = 5 wd, R2 first sent 12.05 → 22.05 = 8 wd (not 2 wd from its
        // second sending on 20.05), R3 01.09 → 03.09 = 2 wd; median of 2, 5, 8 = 5
        assertThat(a.requests()).isEqualTo(new Requests(1, 3, 5.0));
        // grants, subsidies, licensing, hotline listed; reports (included 01.10) not: 4 / 5 = 80 %
        assertThat(a.coverage()).isEqualTo(new Coverage(5, 4));
        assertThat(a.coverage().percent()).isEqualTo(80.0);
        // reception, site, phone, old phone; digital: the site alone — 1 / 4 = 25 %
        assertThat(a.channels()).isEqualTo(new Channels(4, 1, Map.of(ChannelType.RECEPTION, 1, ChannelType.SITE, 1,
                ChannelType.PHONE, 2)));
        assertThat(a.channels().digitalPercent()).isEqualTo(25.0);
        // the third quarter: 15.07 yes, 20.08 yes and no, 30.09 yes and unanswered (05.10 is the fourth's) — 5 responses,
        // 3 of 4 answers satisfied = 75 %, under the ministry's 80 %
        assertThat(a.feedback()).isEqualTo(new Feedback("2026-Q3", 5, 75.0, 80));
    }

    @Test
    void the_inspection_today_awaits_publication_of_a_version_without_an_order() {
        AgencyIndicators b = of(dashboard(TODAY), "rd-b");
        // v2 (no change, no order) enacted 12.11: its age counts from enactment, 4 days; 3 rows of 2 processes at 3 touchpoints
        assertThat(b.list()).isEqualTo(new ListInForce(2, null, null, day(11, 12), 4, 3, 2, 3));
        // appeals without a row, a warning: 100 − 100 × 1 / 3 = 66.67
        assertThat(b.compliance().errors()).isZero();
        assertThat(b.compliance().warnings()).isEqualTo(1);
        assertThat(b.compliance().score()).isEqualTo(66.7);
        // 12.11 (Thu) + 5 wd: 13, 16, 17, 18, 19.11; from 16.11 three left (17, 18, 19)
        assertThat(b.publication()).isEqualTo(new Publication(PublicationState.AWAITING, day(11, 19), null, 3));
        // appeals included on 02.03 and never listed; the publication task of May closed on 25.05
        assertThat(b.tasks()).isEqualTo(new Tasks(1, 0));
        assertThat(b.requests()).isEqualTo(new Requests(0, 0, null));
        // inspections and permits of 3 processes: 66.7 %
        assertThat(b.coverage()).isEqualTo(new Coverage(3, 2));
        assertThat(b.coverage().percent()).isEqualTo(66.7);
        // site and call centre are digital, the reception window is not: 2 / 3
        assertThat(b.channels()).isEqualTo(new Channels(3, 2, Map.of(ChannelType.SITE, 1, ChannelType.CALL_CENTRE, 1,
                ChannelType.RECEPTION, 1)));
        assertThat(b.channels().digitalPercent()).isEqualTo(66.7);
        assertThat(b.feedback()).as("feedback off").isNull();
    }

    @Test
    void an_agency_without_a_list_has_no_list_compliance_or_publication_but_its_registry_and_tasks() {
        AgencyIndicators c = of(dashboard(TODAY), "rd-c");
        assertThat(c.list()).isNull();
        assertThat(c.compliance()).isNull();
        assertThat(c.publication()).isNull();
        // its one process, included and never listed
        assertThat(c.tasks()).isEqualTo(new Tasks(1, 0));
        assertThat(c.requests()).isEqualTo(new Requests(0, 0, null));
        assertThat(c.coverage()).isEqualTo(new Coverage(1, 0));
        assertThat(c.coverage().percent()).isEqualTo(0.0);
        assertThat(c.channels()).isEqualTo(new Channels(0, 0, Map.of()));
        assertThat(c.channels().digitalPercent()).isNull();
        assertThat(c.feedback()).isNull();
    }

    @Test
    void as_of_21_may_each_agency_reads_as_it_stood_that_day() {
        RegionDashboard then = dashboard(PAST);
        assertThat(then.asOf()).isEqualTo(PAST);
        assertThat(then.feedbackQuarter()).isEqualTo("2026-Q1");

        AgencyIndicators a = of(then, "rd-a");
        // v2 by order 2-п of 07.04 (R1 enacted 08.04); R2's v3 came the next day: 07.04 → 21.05 = 23 + 21 = 44 days
        assertThat(a.list()).isEqualTo(new ListInForce(2, "2-п", day(4, 7), day(4, 8), 44, 5, 4, 4));
        // the same two findings (the rules judge by today's catalogues, so reports counts): 100 − 100 × 3 / 5 = 40
        assertThat(a.compliance().score()).isEqualTo(40.0);
        // 08.04 + 5 wd: 09, 10, 13, 14, 15.04; published 20.04: late by 16, 17, 20.04 = 3 wd
        assertThat(a.publication()).isEqualTo(new Publication(PublicationState.PUBLISHED_LATE, day(4, 15), day(4, 20), 3));
        // hotline's task closed by v2 on 08.04; R4 and reports did not exist
        assertThat(a.tasks()).isEqualTo(new Tasks(0, 0));
        // R2 sent 12.05, returned 13.05, sent again 20.05: still waiting; enacted since 22.05.2025: R1 alone, 5 wd
        assertThat(a.requests()).isEqualTo(new Requests(1, 1, 5.0));
        // reports, included on 01.10, was not in the registry yet: 4 of 4
        assertThat(a.coverage()).isEqualTo(new Coverage(4, 4));
        assertThat(a.coverage().percent()).isEqualTo(100.0);
        assertThat(a.channels().digitalPercent()).isEqualTo(25.0);
        // the first quarter: 02.03 satisfied, 03.03 not — 2 responses, 50 %
        assertThat(a.feedback()).isEqualTo(new Feedback("2026-Q1", 2, 50.0, 80));

        AgencyIndicators b = of(then, "rd-b");
        // v1 of 04.05, 17 days old; 04.05 + 5 wd: 05, 06, 07, 08, 12.05; published only on 25.05 — overdue by
        // 13, 14, 15, 18, 19, 20, 21.05 = 7 wd
        assertThat(b.list()).isEqualTo(new ListInForce(1, null, null, day(5, 4), 17, 3, 2, 3));
        assertThat(b.publication()).isEqualTo(new Publication(PublicationState.OVERDUE, day(5, 12), null, 7));
        // appeals, and the overdue publication's task (opened 13.05, closed 25.05: open that day)
        assertThat(b.tasks()).isEqualTo(new Tasks(2, 1));

        AgencyIndicators c = of(then, "rd-c");
        assertThat(c.list()).isNull();
        assertThat(c.coverage()).isEqualTo(new Coverage(1, 0));
    }

    @Test
    void the_card_of_an_agency_lists_its_versions_with_publication_its_open_tasks_and_its_rows() {
        Card card = as(coordinator(f.region), () -> cards.card(f.region, "rd-a", TODAY));
        assertThat(card.indicators().list().number()).isEqualTo(4);
        assertThat(card.versions()).extracting(Version::number, Version::requestNumber, Version::dueOn, Version::publishedOn)
                .containsExactly(tuple(4, f.requestNumbers[3], day(9, 10), day(9, 8)),
                        // v3 of 22.05 (Fri) + 5 wd: 25–29.05
                        tuple(3, f.requestNumbers[2], day(5, 29), day(5, 26)),
                        tuple(2, f.requestNumbers[1], day(4, 15), day(4, 20)),
                        // v1 of 02.03 + 5 wd: 03, 04, 05, 06, 10.03 (09.03 off)
                        tuple(1, null, day(3, 10), day(3, 5)));
        assertThat(card.versions().getFirst().publishedUrl()).isEqualTo("https://rd-a.example.ru/documents/perechen-4");
        assertThat(card.tasks()).extracting(Task::reason).containsExactly("PROCESS_INCLUDED", "STEP_OVERDUE");
        assertThat(card.tasks().getFirst().subject()).isEqualTo("Сводные отчёты");
        assertThat(card.rows()).hasSize(7);
        assertThat(card.rowsTotal()).isEqualTo(7);
        assertThat(card.rows()).filteredOn(r -> r.touchpoint().equals("Прежний телефон")).singleElement()
                .satisfies(r -> assertThat(r.process()).isEqualTo("Лицензирование"));

        Card then = as(coordinator(f.region), () -> cards.card(f.region, "rd-b", PAST));
        // on 21.05 the inspection had v1, its publication not yet recorded, and two tasks open
        assertThat(then.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.publishedOn()).isNull();
            assertThat(v.publishedUrl()).isNull();
        });
        assertThat(then.tasks()).extracting(Task::reason).containsExactlyInAnyOrder("PROCESS_INCLUDED", "PUBLICATION_OVERDUE");
        assertThat(then.rows()).extracting(RegionAgencyRecords.Row::process).containsExactlyInAnyOrder("Проверки", "Проверки",
                "Разрешения");
        assertThatThrownBy(() -> as(coordinator(f.region), () -> cards.card(f.region, "rd-d", TODAY)))
                .as("an inactive agency has no card").isInstanceOf(AccessDeniedToTenantException.class);
    }

    @Test
    void another_regions_coordinator_an_agency_user_and_a_day_to_come_are_refused() {
        assertThatThrownBy(() -> as(coordinator(f.neighbour), () -> dashboards.dashboard(f.region, TODAY)))
                .isInstanceOf(AccessDeniedToTenantException.class);
        assertThatThrownBy(() -> as(coordinator(f.neighbour), () -> cards.card(f.region, "rd-a", TODAY)))
                .isInstanceOf(AccessDeniedToTenantException.class);
        assertThatThrownBy(() -> as(agencyUser(f.ministry, Role.TENANT_ADMIN), () -> dashboards.dashboard(f.region, TODAY)))
                .isInstanceOf(AccessDeniedToTenantException.class);
        InvalidSettingException future = catchThrowableOfType(InvalidSettingException.class,
                () -> dashboard(TODAY.plusDays(1)));
        assertThat(future.field()).isEqualTo("asOf");
        assertThat(future.messageKey()).isEqualTo("region.error.as-of-future");
        assertThat(as(coordinator(f.neighbour), () -> dashboards.dashboard(f.neighbour, TODAY)).agencies())
                .as("the neighbouring region has no agency").isEmpty();
    }

    private RegionDashboard dashboard(java.time.LocalDate day) {
        return as(coordinator(f.region), () -> dashboards.dashboard(f.region, day));
    }

    private static AgencyIndicators of(RegionDashboard dashboard, String slug) {
        return dashboard.agencies().stream().filter(a -> a.agency().slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + slug));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
