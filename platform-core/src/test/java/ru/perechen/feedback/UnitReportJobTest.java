package ru.perechen.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
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
import ru.perechen.notification.Notification;
import ru.perechen.notification.NotificationKind;
import ru.perechen.notification.NotificationService;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.workflow.ReviewTask;
import ru.perechen.workflow.ReviewTaskService;

/**
 * The morning check of the units' reports, run by the real scheduler on a clock the test moves: on the first
 * working day after the quarter the unit's people are reminded (once, however often it runs); the day after the
 * due day (10 working days of the production calendar: 14.10.2026) the report is a review task of the unit;
 * signing it closes the task.
 */
@SpringBootTest(classes = {CoreTestApplication.class, UnitReportJobTest.MovingClock.class},
        properties = "perechen.feedback.report-cron=* * * * * *")
class UnitReportJobTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @TestConfiguration
    static class MovingClock {
        static volatile Instant now = LocalDateTime.of(2026, 10, 1, 9, 0).atZone(MOSCOW).toInstant();

        @Bean
        @Primary
        Clock movingClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.systemDefault();
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
        }
    }

    @Autowired AgencyDirectory directory;
    @Autowired FeedbackSetup setup;
    @Autowired UnitReportService reports;
    @Autowired TouchpointService touchpoints;
    @Autowired ProcessRegistryService registry;
    @Autowired ProcessGroupService groups;
    @Autowired ClientNeedService needs;
    @Autowired OrgUnitService units;
    @Autowired StaffDirectory staff;
    @Autowired ListService list;
    @Autowired NotificationService notifications;
    @Autowired ReviewTaskService review;

    @Test
    void reminded_on_the_first_working_day_overdue_after_the_due_day_and_the_task_closes_when_signed() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "91", "Область сроков", "urj", "С");
        TenantPrincipal cc = person(pair.agency(), "urj-cc", "Ответственная", Role.CC_DEPUTY, Role.TENANT_ADMIN);
        TenantPrincipal head = person(pair.agency(), "urj-head", "Руководитель Отдела", Role.UNIT_HEAD);
        TenantPrincipal member = person(pair.agency(), "urj-member", "Сотрудник Отдела", Role.EDITOR);
        var headStaff = TenantContext.callAsAgency(pair.agency(), () -> staff.recordSignIn("urj-head", "Руководитель Отдела", null,
                Set.of(Role.UNIT_HEAD)));
        var memberStaff = TenantContext.callAsAgency(pair.agency(), () -> staff.recordSignIn("urj-member", "Сотрудник Отдела", null,
                Set.of(Role.EDITOR)));
        TenantContext.callAsAgency(pair.agency(), () -> staff.recordSignIn("urj-cc", "Ответственная", null, Set.of(Role.CC_DEPUTY)));
        OrgUnit unit = as(cc, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.values()));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            OrgUnit support = units.create(new OrgUnitDraft("Отдел сроков", null, headStaff.id(), null, Set.of(memberStaff.id())));
            Touchpoint desk = touchpoints.create(new TouchpointDraft("Окно приёма", null, ChannelType.RECEPTION, "ул. Сроков, 1", null,
                    "Положение"));
            AgencyProcess process = registry.create(new ProcessDraft("Консультирование", groups.list().getFirst().id(),
                    ProcessKind.values()[0], false, Set.of(support.id()), List.of(), null, null));
            list.enact(new Enactment(null, null, null, null, null, List.of(new RowChange.Add(UUID.randomUUID(), new RowContent(
                    process.id(), null, desk.id(), List.of(new NeedInteraction(needs.list().getFirst().id(), "Приём")), null, null,
                    Map.of())))));
            setup.change(true, 70, 10, -1);
            return support;
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> reminders(member) == 1);
        await().pollDelay(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(reminders(member)).as("one reminder, however often the check runs").isEqualTo(1);
        assertThat(reminders(head)).isEqualTo(1);
        Notification reminder = as(member, () -> notifications.mine(20)).stream()
                .filter(n -> n.kind() == NotificationKind.REPORT_DUE).findFirst().orElseThrow();
        assertThat(reminder.params()).containsExactly("Отдел сроков", "01.07.2026 – 30.09.2026", "14.10.2026");
        assertThat(overdueTasks(cc)).isEmpty();

        MovingClock.now = LocalDateTime.of(2026, 10, 15, 9, 0).atZone(MOSCOW).toInstant();
        await().atMost(Duration.ofSeconds(20)).until(() -> overdueTasks(cc).size() == 1);
        ReviewTask task = overdueTasks(cc).getFirst();
        assertThat(task.unitId()).isEqualTo(unit.id());
        assertThat(task.subject()).isEqualTo("Отдел сроков — 2026-Q3, срок 14.10.2026");

        Quarter q3 = new Quarter(2026, 3);
        UnitReport draft = as(member, () -> reports.report(unit.id(), q3));
        UnitReport entered = as(member, () -> reports.enter(unit.id(), q3, Map.of(draft.lines().getFirst().key(), 12), -1));
        UnitReport sent = as(member, () -> reports.submit(unit.id(), q3, entered.version()));
        assertThat(as(head, () -> notifications.mine(20))).extracting(Notification::kind).contains(NotificationKind.REPORT_TO_SIGN);
        as(head, () -> reports.sign(unit.id(), q3, sent.version()));
        assertThat(overdueTasks(cc)).as("signed: the task closes").isEmpty();
        assertThat(as(cc, () -> notifications.mine(20))).extracting(Notification::kind).contains(NotificationKind.REPORT_SIGNED);
    }

    private long reminders(TenantPrincipal who) {
        return as(who, () -> notifications.mine(50)).stream().filter(n -> n.kind() == NotificationKind.REPORT_DUE).count();
    }

    private List<ReviewTask> overdueTasks(TenantPrincipal cc) {
        return as(cc, review::open).stream().filter(t -> t.reason() == ReviewTask.Reason.REPORT_OVERDUE).toList();
    }
}
