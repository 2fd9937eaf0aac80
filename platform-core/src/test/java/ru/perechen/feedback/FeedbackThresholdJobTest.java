package ru.perechen.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
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

/** The morning threshold check, run by the real scheduler: a touchpoint rated under the threshold last quarter gets its review task, once. */
@SpringBootTest(classes = CoreTestApplication.class, properties = "perechen.feedback.threshold-cron=* * * * * *")
class FeedbackThresholdJobTest {

    @Autowired AgencyDirectory directory;
    @Autowired FeedbackDemo demo;
    @Autowired TouchpointService touchpoints;
    @Autowired ProcessRegistryService registry;
    @Autowired ProcessGroupService groups;
    @Autowired ClientNeedService needs;
    @Autowired ListService list;
    @Autowired ReviewTaskService review;
    @Autowired AuditLog audit;

    @Test
    void a_touchpoint_under_the_threshold_last_quarter_gets_one_review_task_with_its_audit_event() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "96", "Область порога", "fth", "П");
        TenantPrincipal cc = person(pair.agency(), "fth-cc", "Пороговая", Role.CC_DEPUTY, Role.TENANT_ADMIN);
        Touchpoint phone = as(cc, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.values()));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            Touchpoint weak = touchpoints.create(new TouchpointDraft("Телефон приемной", null, ChannelType.PHONE, "+7 383 000-00-01", null,
                    "Положение"));
            Touchpoint desk = touchpoints.create(new TouchpointDraft("Окно приёма", null, ChannelType.RECEPTION, "ул. Порога, 1", null,
                    "Положение"));
            AgencyProcess process = registry.create(new ProcessDraft("Консультирование", groups.list().getFirst().id(), ProcessKind.values()[0],
                    true, Set.of(), List.of(), null, null));
            UUID need = needs.list().getFirst().id();
            list.enact(new Enactment(null, null, null, null, null, List.of(
                    new RowChange.Add(UUID.randomUUID(), new RowContent(process.id(), null, weak.id(), List.of(new NeedInteraction(need, "Ответ")),
                            null, null, Map.of())),
                    new RowChange.Add(UUID.randomUUID(), new RowContent(process.id(), null, desk.id(), List.of(new NeedInteraction(need, "Приём")),
                            null, null, Map.of())))));
            return weak;
        });
        // the demo's responses: this quarter and the last, the phone rated low
        TenantContext.callAsAgency(pair.agency(), () -> demo.seed(300));

        await().atMost(Duration.ofSeconds(20)).until(() -> as(cc, review::open).stream()
                .anyMatch(t -> t.reason() == ReviewTask.Reason.SATISFACTION_LOW && t.subject().startsWith("Телефон приемной")));
        await().pollDelay(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        List<ReviewTask> tasks = as(cc, review::open).stream().filter(t -> t.reason() == ReviewTask.Reason.SATISFACTION_LOW).toList();
        assertThat(tasks).as("one task per touchpoint and quarter, however often the job runs")
                .filteredOn(t -> t.subject().startsWith("Телефон приемной")).hasSize(1);
        assertThat(tasks.stream().filter(t -> t.subject().startsWith("Телефон приемной")).findFirst().orElseThrow().entryKeys()).hasSize(1);
        assertThat(as(cc, () -> audit.recent(50)).stream().filter(e -> "OPENED".equals(e.action()))
                .anyMatch(e -> e.summary().startsWith("Телефон приемной"))).isTrue();
        assertThat(phone).isNotNull();
    }
}
