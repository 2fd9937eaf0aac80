package ru.perechen.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import ru.perechen.audit.AuditLog;
import ru.perechen.audit.AuditQuery;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.MovableClock;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.notification.NotificationKind;
import ru.perechen.notification.NotificationService;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.workflow.ApprovalChainDraft;
import ru.perechen.workflow.ApprovalChainService;
import ru.perechen.workflow.ApprovalStepDraft;
import ru.perechen.workflow.ChangeRequestService;
import ru.perechen.workflow.ReviewTask;
import ru.perechen.workflow.ReviewTaskService;

/**
 * The scheduled jobs as they run in production: started by Spring's scheduler (every second here),
 * through ShedLock, with nothing called by the test. The mail outbox hands each notification to a
 * real SMTP server exactly once over many runs; the morning check opens its review task with its
 * audit event.
 */
@SpringBootTest(classes = {CoreTestApplication.class, MovableClock.Config.class}, properties = {
        "spring.mail.host=localhost", "spring.mail.port=3126", "perechen.mail.from=perechen@test.ru",
        "perechen.mail.send-every=PT0.3S", "perechen.review.check-cron=* * * * * *"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledJobsTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3126, null, ServerSetup.PROTOCOL_SMTP));

    @Autowired MovableClock clock;
    @Autowired AgencyDirectory directory;
    @Autowired NotificationService notifications;
    @Autowired ChangeRequestService requests;
    @Autowired StaffDirectory staff;
    @Autowired OrgUnitService units;
    @Autowired ProcessGroupService groups;
    @Autowired ProcessRegistryService registry;
    @Autowired TouchpointService touchpoints;
    @Autowired ClientNeedService needs;
    @Autowired ListTemplateService templates;
    @Autowired ApprovalChainService chains;
    @Autowired ListService list;
    @Autowired ReviewTaskService review;
    @Autowired AuditLog audit;

    AgencyId agency;
    TenantPrincipal admin;
    TenantPrincipal editor;
    TenantPrincipal cc;
    RowContent row;

    @BeforeAll
    void an_agency_whose_approver_has_an_address() {
        clock.set(LocalDate.of(2026, 11, 30));
        agency = TestAgencies.register(directory, "81", "Область заданий", "jobs", "З").agency();
        admin = person(agency, "j-admin", "Анна Админова", Role.TENANT_ADMIN);
        editor = person(agency, "j-editor", "Иван Редакторов", Role.EDITOR);
        cc = person(agency, "j-cc", "Елена Ковалёва", Role.CC_DEPUTY);
        var editorPerson = as(admin, () -> staff.recordSignIn("j-editor", "Иван Редакторов", null, Set.of(Role.EDITOR)));
        as(admin, () -> staff.recordSignIn("j-cc", "Елена Ковалёва", "cc@jobs.ru", Set.of(Role.CC_DEPUTY)));
        var unit = as(admin, () -> units.create(new OrgUnitDraft("Отдел", null, null, null, Set.of(editorPerson.id()))));
        as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.APPEALS));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            templates.applyPreset(ListTemplateDraft.methodology());
            return chains.save(null, new ApprovalChainDraft(List.of(ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 10)), false, true));
        });
        var process = as(admin, () -> registry.create(new ProcessDraft("Рассмотрение обращений",
                as(admin, groups::list).getFirst().id(), ProcessKind.APPEALS, false, Set.of(unit.id()), List.of(), null, null)));
        var site = as(admin, () -> touchpoints.create(new TouchpointDraft("Официальный сайт", null, ChannelType.SITE,
                "https://jobs.ru", null, "Положение")));
        var need = as(admin, needs::list).getFirst();
        row = new RowContent(process.id(), null, site.id(), List.of(new NeedInteraction(need.id(), "Подача обращения")), null, null,
                java.util.Map.of());
    }

    @Test
    void the_outbox_job_mails_each_notification_exactly_once_over_many_runs() throws Exception {
        var draft = as(editor, () -> requests.create("Сайт для обращений"));
        var withRow = as(editor, () -> requests.addRow(draft.number(), draft.version(), row));
        as(editor, () -> requests.submit(withRow.number(), withRow.version(), withRow.title(), "Сайт принимает обращения"));

        String link = "/agency/jobs-a/requests/" + draft.number();
        await().atMost(Duration.ofSeconds(20)).until(() -> lettersAbout(link).size() >= 1);
        // several more runs of the job: nothing is sent twice
        Thread.sleep(2_000);
        assertThat(lettersAbout(link)).singleElement()
                .satisfies(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("cc@jobs.ru"));
        assertThat(as(cc, () -> notifications.mine(10))).filteredOn(n -> n.kind() == NotificationKind.APPROVAL_AWAITING)
                .singleElement().satisfies(n -> assertThat(n.emailedAt()).isNotNull());
    }

    @Test
    void the_morning_check_opens_the_overdue_publication_as_a_review_task_with_its_audit_event() {
        clock.set(LocalDate.of(2026, 12, 1));
        int number = as(cc, () -> list.enact(new Enactment(null, null, null, null, null, List.of()))).number();
        // enacted on 1 December: due on 8 December; on the 10th it is overdue
        clock.set(LocalDate.of(2026, 12, 10));

        await().atMost(Duration.ofSeconds(20)).until(() -> as(cc, review::open).stream()
                .anyMatch(t -> t.reason() == ReviewTask.Reason.PUBLICATION_OVERDUE));
        ReviewTask task = as(cc, review::open).stream().filter(t -> t.reason() == ReviewTask.Reason.PUBLICATION_OVERDUE)
                .findFirst().orElseThrow();
        assertThat(task.subject()).isEqualTo("Редакция № " + number);
        assertThat(as(cc, () -> audit.search(AuditQuery.latest(50)))).anySatisfy(e -> {
            assertThat(e.entityId()).isEqualTo(task.id());
            assertThat(e.action()).isEqualTo("OPENED");
        });
        // the next runs keep one task for one ground
        await().pollDelay(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(as(cc, review::open)).filteredOn(t -> t.reason() == ReviewTask.Reason.PUBLICATION_OVERDUE).hasSize(1);
    }

    private static List<jakarta.mail.internet.MimeMessage> lettersAbout(String link) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> com.icegreen.greenmail.util.GreenMailUtil.getBody(m).contains(link))
                .filter(m -> subject(m).contains(NotificationKind.APPROVAL_AWAITING.name())).toList();
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
