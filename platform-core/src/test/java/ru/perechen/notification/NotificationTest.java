package ru.perechen.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.AgencyProcess;
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
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.workflow.ApprovalChainDraft;
import ru.perechen.workflow.ApprovalChainService;
import ru.perechen.workflow.ApprovalStepDraft;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;

/** Notifications in the inbox and by mail, through a real (in-process) SMTP server. */
@SpringBootTest(classes = CoreTestApplication.class, properties = {
        "spring.mail.host=localhost", "spring.mail.port=3025", "perechen.mail.send-every=PT24H", "perechen.mail.from=perechen@test.ru"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

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
    @Autowired ru.perechen.workflow.ReviewTaskService review;

    AgencyId agency;
    AgencyId other;
    TenantPrincipal admin;
    TenantPrincipal editor;
    TenantPrincipal cc;
    AgencyProcess process;
    Touchpoint site;

    @BeforeAll
    void an_agency_whose_people_have_addresses() {
        var agencies = ru.perechen.coretest.TestAgencies.register(directory, "89", "Область уведомлений", "notify", "У");
        agency = agencies.agency();
        other = agencies.other();
        admin = person(agency, "n-admin", "Анна Админова", Role.TENANT_ADMIN);
        editor = person(agency, "n-editor", "Иван Редакторов", Role.EDITOR);
        cc = person(agency, "n-cc", "Елена Ковалёва", Role.CC_DEPUTY);
        var editorPerson = as(admin, () -> staff.recordSignIn("n-editor", "Иван Редакторов", "editor@notify.ru", Set.of(Role.EDITOR)));
        as(admin, () -> staff.recordSignIn("n-cc", "Елена Ковалёва", "cc@notify.ru", Set.of(Role.CC_DEPUTY)));
        var unit = as(admin, () -> units.create(new OrgUnitDraft("Отдел", null, null, null, Set.of(editorPerson.id()))));
        as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.APPEALS));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            templates.applyPreset(ListTemplateDraft.methodology());
            return chains.save(null, new ApprovalChainDraft(List.of(ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 1)), false, true));
        });
        process = as(admin, () -> registry.create(new ProcessDraft("Рассмотрение обращений", as(admin, groups::list).getFirst().id(),
                ProcessKind.APPEALS, false, Set.of(unit.id()), List.of(), null, null)));
        site = as(admin, () -> touchpoints.create(new TouchpointDraft("Официальный сайт", null, ChannelType.SITE, "https://notify.ru",
                null, "Положение")));
    }

    @Test
    void the_approver_is_told_in_the_inbox_and_by_mail_unless_they_opted_out_and_a_digest_reader_gets_one_letter() throws Exception {
        ChangeRequest first = submitted("Сайт для обращений");
        assertThat(as(cc, () -> notifications.mine(10))).first()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.APPROVAL_AWAITING);
                    assertThat(n.params()).containsExactly(String.valueOf(first.number()), "Сайт для обращений", "1");
                    assertThat(n.unread()).isTrue();
                });
        long unread = as(cc, notifications::unreadCount);
        assertThat(as(cc, () -> notifications.sendPending(false))).isPositive();
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("cc@notify.ru");
            assertThat(m.getFrom()[0].toString()).isEqualTo("perechen@test.ru");
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).contains("/agency/notify-a/requests/" + first.number());
        });
        int mailed = MAIL.getReceivedMessages().length;

        as(cc, () -> notifications.savePreferences(new NotificationPreferences(EnumSet.of(NotificationKind.APPROVAL_AWAITING), false)));
        ChangeRequest second = submitted("Ещё одна строка");
        assertThat(as(cc, notifications::unreadCount)).isEqualTo(unread + 1);
        as(cc, () -> notifications.sendPending(false));
        assertThat(MAIL.getReceivedMessages()).hasSize(mailed);

        as(editor, () -> notifications.savePreferences(new NotificationPreferences(Set.of(), true)));
        ChangeRequest returned = as(cc, () -> requests.returnForRevision(second.number(), second.version(), "Уточните взаимодействие"));
        as(cc, () -> requests.reject(first.number(), requests.get(first.number()).version(), "Дублирует строку"));
        as(editor, () -> notifications.sendPending(false));
        assertThat(MAIL.getReceivedMessages()).hasSize(mailed);
        assertThat(as(editor, () -> notifications.sendPending(true))).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(mailed + 1).anySatisfy(digest -> {
            assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("editor@notify.ru");
            assertThat(digest.getSubject()).isEqualTo("Перечень: сводка уведомлений (2)");
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(digest)).contains("REQUEST_RETURNED", "REQUEST_REJECTED");
        });
        assertThat(returned.status()).isNotNull();

        as(cc, () -> {
            notifications.markAllRead();
            return null;
        });
        assertThat(as(cc, notifications::unreadCount)).isZero();
        assertThat(as(person(other, "n-cc", "Тёзка из другого органа", Role.CC_DEPUTY), () -> notifications.mine(10))).isEmpty();
    }

    @Test
    void an_approver_whose_step_is_due_within_a_working_day_is_told() {
        ChangeRequest waiting = submitted("Срочная строка");
        as(cc, review::checkDeadlines);
        assertThat(as(cc, () -> notifications.mine(20))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.STEP_DUE_SOON);
            assertThat(n.params()).startsWith(String.valueOf(waiting.number()), "Срочная строка", "1");
        });
    }

    private ChangeRequest submitted(String title) {
        ChangeRequest draft = as(editor, () -> requests.create(title));
        ChangeRequest withRow = as(editor, () -> requests.addRow(draft.number(), draft.version(), new RowContent(process.id(), null,
                site.id(), List.of(new NeedInteraction(as(admin, needs::list).get(title.length() % 5).id(), title)), null, null, Map.of())));
        return as(editor, () -> requests.submit(withRow.number(), withRow.version(), title, "Пояснительная записка"));
    }
}
