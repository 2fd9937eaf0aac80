package ru.perechen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/** Актуализация: the grounds of the list change, tasks open with the rows concerned, a version closes them. */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewTaskTest {

    @Autowired AgencyDirectory directory;
    @Autowired ReviewTaskService review;
    @Autowired ListService list;
    @Autowired ProcessGroupService groups;
    @Autowired ProcessRegistryService registry;
    @Autowired TouchpointService touchpoints;
    @Autowired ClientNeedService needs;
    @Autowired ListTemplateService templates;
    @Autowired OrgUnitService units;

    AgencyId agency;
    AgencyId other;
    TenantPrincipal admin;
    OrgUnit unit;
    UUID group;
    Touchpoint phone;
    List<ClientNeed> needList;

    @BeforeAll
    void an_agency_with_a_list() {
        var agencies = ru.perechen.coretest.TestAgencies.register(directory, "94", "Область актуализации", "review", "А");
        agency = agencies.agency();
        other = agencies.other();
        admin = agencyUser(agency, Role.TENANT_ADMIN);
        as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            templates.applyPreset(ListTemplateDraft.methodology());
            return null;
        });
        unit = as(admin, () -> units.create(new OrgUnitDraft("Отдел поддержки", null, null, null, Set.of())));
        group = as(admin, groups::list).getFirst().id();
        phone = as(admin, () -> touchpoints.create(new TouchpointDraft("Телефон приемной", null, ChannelType.PHONE, "+7 383 000-00-00",
                null, "Положение")));
        needList = as(admin, needs::list);
    }

    @Test
    void a_process_included_in_the_registry_opens_a_task_for_its_unit_that_the_version_listing_it_closes() {
        AgencyProcess process = include("Предоставление грантов на развитие");
        ReviewTask task = openTask(ReviewTask.Reason.PROCESS_INCLUDED, "Предоставление грантов на развитие");
        assertThat(task.unitName()).isEqualTo("Отдел поддержки");
        int version = enactRow(process, phone, needList.get(1));
        ReviewTask closed = as(admin, () -> review.find(task.id())).orElseThrow();
        assertThat(closed.status()).isEqualTo(ReviewTask.Status.CLOSED);
        assertThat(closed.closedByVersion()).isEqualTo(version);
    }

    @Test
    void excluding_a_listed_process_retiring_a_need_and_changing_a_kind_open_tasks_naming_the_rows() {
        AgencyProcess process = include("Консультирование по мерам поддержки");
        enactRow(process, phone, needList.get(2));
        var rowKey = as(admin, () -> list.allRows(list.currentNumber())).stream()
                .filter(r -> r.processId().equals(process.id())).findFirst().orElseThrow().entryKey();

        ClientNeed need = needList.get(2);
        as(admin, () -> needs.retire(need.id(), need.version()));
        assertThat(openTask(ReviewTask.Reason.NEED_RETIRED, need.name()).entryKeys()).contains(rowKey);

        Touchpoint current = as(admin, touchpoints::list).stream().filter(t -> t.id().equals(phone.id())).findFirst().orElseThrow();
        as(admin, () -> touchpoints.update(current.id(), current.version(), new TouchpointDraft(current.name(), current.kind() == ChannelKind.DIGITAL ? ChannelKind.OFFLINE : ChannelKind.DIGITAL,
                current.type(), current.address(), current.workingHours(), current.basis())));
        assertThat(openTask(ReviewTask.Reason.TOUCHPOINT_KIND_CHANGED, "Телефон приемной").entryKeys()).contains(rowKey);

        AgencyProcess now = as(admin, registry::list).stream().filter(p -> p.id().equals(process.id())).findFirst().orElseThrow();
        as(admin, () -> registry.exclude(now.id(), now.version(), LocalDate.of(2026, 11, 30), "Приказ № 40"));
        ReviewTask excluded = openTask(ReviewTask.Reason.PROCESS_EXCLUDED, "Консультирование по мерам поддержки");
        assertThat(excluded.entryKeys()).containsExactly(rowKey);

        var empty = catchThrowableOfType(InvalidConfigurationException.class,
                () -> as(admin, () -> review.dismiss(excluded.id(), excluded.version(), "  ")));
        assertThat(empty.messageKey()).isEqualTo("review.error.reason-required");
        assertThatThrownBy(() -> as(agencyUser(agency, Role.VIEWER), () -> review.dismiss(excluded.id(), excluded.version(), "Нет")))
                .isInstanceOf(AccessDeniedToTenantException.class);
        ReviewTask dismissed = as(admin, () -> review.dismiss(excluded.id(), excluded.version(),
                "Строки исключаются запросом № 3, подготовленным отделом"));
        assertThat(dismissed.status()).isEqualTo(ReviewTask.Status.DISMISSED);
        assertThat(as(agencyUser(other, Role.TENANT_ADMIN), review::all)).isEmpty();
    }

    private AgencyProcess include(String name) {
        return as(admin, () -> registry.create(new ProcessDraft(name, group, ProcessKind.SUPPORT_MEASURE, false, Set.of(unit.id()),
                List.of(), null, null)));
    }

    private ReviewTask openTask(ReviewTask.Reason reason, String subject) {
        return as(admin, review::open).stream().filter(t -> t.reason() == reason && t.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no open task " + reason + " " + subject));
    }

    private int enactRow(AgencyProcess process, Touchpoint touchpoint, ClientNeed need) {
        return as(admin, () -> list.enact(new Enactment(null, null, null, null, null, List.of(new RowChange.Add(UUID.randomUUID(),
                new RowContent(process.id(), null, touchpoint.id(), List.of(new NeedInteraction(need.id(), null)), null, null,
                        Map.of())))))).number();
    }
}
