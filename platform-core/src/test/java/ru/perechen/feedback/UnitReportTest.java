package ru.perechen.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.feedback.UnitReport.Line;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Приложение № 2 of act 004 below the UI: the lines a unit answers for, every count against hand-computed
 * figures and a plain SQL count, the unit's entry, the head's sign-off (never their own), the frozen figures,
 * the signed report the database keeps final, and another agency that sees none of it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitReportTest {

    static final Quarter Q3 = new Quarter(2026, 3);

    @Autowired AgencyDirectory directory;
    @Autowired FeedbackSetup setup;
    @Autowired ResponseStore store;
    @Autowired UnitReportService reports;
    @Autowired TouchpointService touchpoints;
    @Autowired ProcessRegistryService registry;
    @Autowired ProcessGroupService groups;
    @Autowired ClientNeedService needs;
    @Autowired OrgUnitService units;
    @Autowired StaffDirectory staff;
    @Autowired ListService list;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    AgencyId agency;
    AgencyId other;
    TenantPrincipal cc;
    TenantPrincipal head;
    TenantPrincipal member;
    TenantPrincipal outsider;
    TenantPrincipal otherCc;
    OrgUnit support;
    AgencyProcess grants;
    AgencyProcess hiring;
    UUID firstGroup;

    @BeforeAll
    void an_agency_whose_support_unit_runs_grants_at_a_site_and_a_reception() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "92", "Область отчётов", "ur", "О");
        agency = pair.agency();
        other = pair.other();
        cc = person(agency, "ur-cc", "Ольга Ответственная", Role.CC_DEPUTY, Role.TENANT_ADMIN);
        head = person(agency, "ur-head", "Нина Начальникова", Role.UNIT_HEAD);
        member = person(agency, "ur-member", "Иван Исполнителев", Role.EDITOR);
        outsider = person(agency, "ur-outsider", "Пётр Посторонний", Role.EDITOR);
        otherCc = person(other, "ur-cc-b", "Борис Другой", Role.CC_DEPUTY, Role.TENANT_ADMIN);
        var headStaff = TenantContext.callAsAgency(agency, () -> staff.recordSignIn("ur-head", "Нина Начальникова", null, Set.of(Role.UNIT_HEAD)));
        var memberStaff = TenantContext.callAsAgency(agency, () -> staff.recordSignIn("ur-member", "Иван Исполнителев", null, Set.of(Role.EDITOR)));
        as(cc, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.values()));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            support = units.create(new OrgUnitDraft("Отдел государственной поддержки", null, headStaff.id(), null, Set.of(memberStaff.id())));
            OrgUnit hr = units.create(new OrgUnitDraft("Отдел кадров", null, headStaff.id(), null, Set.of()));
            Touchpoint reception = touchpoints.create(new TouchpointDraft("Приёмная министерства", null, ChannelType.RECEPTION,
                    "Красный проспект, 18", null, "Положение"));
            Touchpoint site = touchpoints.create(new TouchpointDraft("Официальный сайт", null, ChannelType.SITE, "https://ur-a.example.ru",
                    null, "Положение"));
            firstGroup = groups.list().getFirst().id();
            grants = registry.create(new ProcessDraft("Предоставление грантов", firstGroup, ProcessKind.values()[0], false,
                    Set.of(support.id()), List.of(), null, null));
            hiring = registry.create(new ProcessDraft("Приём на службу", groups.list().get(1).id(), ProcessKind.values()[0], false,
                    Set.of(hr.id()), List.of(), null, null));
            UUID need = needs.list().getFirst().id();
            list.enact(new Enactment(null, null, null, null, null, List.of(row(grants, reception, need), row(grants, site, need),
                    row(hiring, reception, need))));
            return setup.change(true, 70, 10, -1);
        });
        as(otherCc, () -> setup.change(true, 70, 10, -1));
        // the third quarter's answers about grants: 3 online (2 satisfied, one wrote a difficulty), 2 in person (1 satisfied,
        // one wrote a comment); one online answer of October belongs to the fourth quarter
        response(Field.ONLINE, true, null, null, LocalDateTime.of(2026, 7, 1, 0, 30));
        response(Field.ONLINE, true, null, null, LocalDateTime.of(2026, 8, 15, 12, 0));
        response(Field.ONLINE, false, "Сайт не открывался", null, LocalDateTime.of(2026, 9, 30, 23, 30));
        response(Field.IN_PERSON, true, null, null, LocalDateTime.of(2026, 7, 20, 10, 0));
        response(Field.IN_PERSON, false, null, "Долго ждал в очереди", LocalDateTime.of(2026, 9, 2, 10, 0));
        response(Field.ONLINE, true, null, null, LocalDateTime.of(2026, 10, 1, 0, 30));
        // the same answers in the first quarter, for the report that goes through its sign-off
        response(Field.ONLINE, true, null, null, LocalDateTime.of(2026, 1, 10, 0, 30));
        response(Field.ONLINE, true, null, null, LocalDateTime.of(2026, 2, 15, 12, 0));
        response(Field.ONLINE, false, "Сайт не открывался", null, LocalDateTime.of(2026, 3, 30, 23, 30));
        response(Field.IN_PERSON, true, null, null, LocalDateTime.of(2026, 1, 20, 10, 0));
        response(Field.IN_PERSON, false, null, "Долго ждал в очереди", LocalDateTime.of(2026, 3, 2, 10, 0));
    }

    private static RowChange row(AgencyProcess process, Touchpoint touchpoint, UUID need) {
        return new RowChange.Add(UUID.randomUUID(), new RowContent(process.id(), null, touchpoint.id(),
                List.of(new NeedInteraction(need, "Консультация")), null, null, Map.of()));
    }

    private void response(String way, boolean satisfied, String difficulty, String comment, LocalDateTime moscow) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.WAY, way);
        values.put(Field.PROVIDED, Field.YES);
        values.put(Field.SATISFIED, satisfied ? Field.YES : Field.NO);
        values.put(Field.TIMELINESS, difficulty == null ? "5" : "2");
        Map<Field, String> difficulties = difficulty == null ? Map.of() : Map.of(Field.TIMELINESS, difficulty);
        as(cc, () -> store.store(setup.survey().orElseThrow(), Channel.EMAIL,
                new ResponseStore.Where(null, grants.id(), support.id(), firstGroup, grants.name()),
                new Answers(values, difficulties, comment, null, false), UUID.randomUUID(), "test", moscow.atZone(Quarter.ZONE).toInstant()));
    }

    @Test
    void every_count_of_the_support_units_lines_is_the_hand_computed_one_and_a_plain_sql_count() {
        UnitReport report = as(member, () -> reports.report(support.id(), Q3));
        assertThat(report.status()).isEqualTo(UnitReport.Status.NOT_STARTED);
        assertThat(report.lines()).extracting(Line::way).containsExactly(Field.ONLINE, Field.IN_PERSON);
        Line online = report.lines().getFirst();
        assertThat(List.of(online.feedback(), online.reviews(), online.answered(), online.satisfied())).containsExactly(3L, 1L, 3L, 2L);
        assertThat(online.satisfactionPercent()).isEqualTo(66.7);
        Line inPerson = report.lines().get(1);
        assertThat(List.of(inPerson.feedback(), inPerson.reviews(), inPerson.answered(), inPerson.satisfied())).containsExactly(2L, 1L, 2L, 1L);
        assertThat(inPerson.satisfactionPercent()).isEqualTo(50.0);
        long sql = TenantContext.callAsAgency(agency, () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql(
                "select count(*) from feedback_response where unit_id = :u and way = 'ONLINE' and answered_at >= '2026-07-01T00:00+03'"
                        + " and answered_at < '2026-10-01T00:00+03'").param("u", support.id()).query(Long.class).single()));
        assertThat(online.feedback()).isEqualTo(sql);
        assertThat(as(member, () -> reports.report(support.id(), new Quarter(2026, 4))).lines().getFirst().feedback())
                .as("October's answer is the fourth quarter's").isEqualTo(1);
    }

    @Test
    void the_unit_enters_and_sends_the_head_signs_and_the_figures_stay_as_signed() {
        Quarter quarter = new Quarter(2026, 1);
        UnitReport draft = as(member, () -> reports.report(support.id(), quarter));
        String online = draft.lines().getFirst().key();
        String inPerson = draft.lines().get(1).key();

        assertThat(problems(() -> as(member, () -> reports.enter(support.id(), quarter, Map.of(online, -1), -1))))
                .containsExactly(online + ":feedback.report.error.served");
        Map<String, Integer> served = new HashMap<>();
        served.put(online, 2);
        UnitReport saved = as(member, () -> reports.enter(support.id(), quarter, served, -1));
        assertThat(saved.status()).isEqualTo(UnitReport.Status.DRAFT);
        assertThat(problems(() -> as(member, () -> reports.submit(support.id(), quarter, saved.version()))))
                .containsExactlyInAnyOrder(online + ":feedback.report.error.served-below", inPerson + ":feedback.report.error.served-missing");
        UnitReport entered = as(member, () -> reports.enter(support.id(), quarter, Map.of(online, 60, inPerson, 40), saved.version()));
        assertThat(entered.lines().getFirst().sharePercent()).isEqualTo(5.0);
        assertThat(entered.total().served()).isEqualTo(100);
        assertThat(entered.total().satisfactionPercent()).isEqualTo(60.0);

        assertThatThrownBy(() -> as(outsider, () -> reports.report(support.id(), quarter))).isInstanceOf(AccessDeniedToTenantException.class);
        UnitReport sent = as(member, () -> reports.submit(support.id(), quarter, entered.version()));
        assertThat(sent.status()).isEqualTo(UnitReport.Status.SUBMITTED);
        assertThat(sent.actions().enter()).isFalse();
        assertThat(as(member, () -> reports.report(support.id(), quarter)).actions().sign()).as("a member does not sign").isFalse();
        assertThatThrownBy(() -> as(member, () -> reports.sign(support.id(), quarter, sent.version())))
                .isInstanceOf(AccessDeniedToTenantException.class);

        // a late answer after the report went out changes nothing in it
        response(Field.ONLINE, true, null, null, LocalDateTime.of(2026, 3, 10, 9, 0));
        UnitReport signed = as(head, () -> reports.sign(support.id(), quarter, sent.version()));
        assertThat(signed.status()).isEqualTo(UnitReport.Status.SIGNED);
        assertThat(signed.signedByName()).isEqualTo("Нина Начальникова");
        assertThat(signed.lines().getFirst().feedback()).isEqualTo(3);
        assertThat(as(cc, () -> reports.overview(quarter))).filteredOn(r -> r.unitId().equals(support.id()))
                .extracting(UnitReport::status).containsExactly(UnitReport.Status.SIGNED);

        assertThatThrownBy(() -> TenantContext.callAsAgency(agency, () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql(
                "update feedback_report set lines = '[]' where unit_id = :u").param("u", support.id()).update())))
                .as("the database keeps a signed report final").hasMessageContaining("signed");
        assertThat(as(otherCc, () -> reports.overview(quarter))).as("another agency sees none of it").isEmpty();
        assertThatThrownBy(() -> as(otherCc, () -> reports.report(support.id(), quarter))).hasMessageContaining("catalog.error.not-found");
    }

    @Test
    void the_head_gives_back_with_a_reason_and_never_signs_what_they_sent() {
        Quarter quarter = new Quarter(2026, 2);
        OrgUnit hr = as(cc, () -> units.list()).stream().filter(u -> u.name().equals("Отдел кадров")).findFirst().orElseThrow();
        UnitReport draft = as(head, () -> reports.report(hr.id(), quarter));
        Map<String, Integer> served = new HashMap<>();
        draft.lines().forEach(l -> served.put(l.key(), 7));
        UnitReport entered = as(head, () -> reports.enter(hr.id(), quarter, served, -1));
        UnitReport sent = as(head, () -> reports.submit(hr.id(), quarter, entered.version()));
        assertThat(sent.actions().sign()).as("the head sent it: another must have prepared it").isFalse();
        assertThatThrownBy(() -> as(head, () -> reports.sign(hr.id(), quarter, sent.version()))).isInstanceOf(AccessDeniedToTenantException.class);
        assertThat(problems(() -> as(head, () -> reports.giveBack(hr.id(), quarter, "  ", sent.version()))))
                .containsExactly("comment:feedback.report.error.comment-required");
        UnitReport back = as(head, () -> reports.giveBack(hr.id(), quarter, "Проверьте число обратившихся", sent.version()));
        assertThat(back.status()).isEqualTo(UnitReport.Status.DRAFT);
        assertThat(back.returnedComment()).isEqualTo("Проверьте число обратившихся");
        assertThat(back.lines()).extracting(Line::served).containsOnly(7);
        assertThat(problems(() -> as(head, () -> reports.submit(hr.id(), Quarter.of(java.time.LocalDate.now(Quarter.ZONE)), -1))))
                .containsExactly("served:feedback.report.error.nothing-entered");
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (FeedbackRejectedException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        } catch (ru.perechen.catalog.InvalidConfigurationException e) {
            return List.of(e.field() + ":" + e.messageKey());
        }
        return List.of();
    }

}
