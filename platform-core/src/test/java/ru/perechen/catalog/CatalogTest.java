package ru.perechen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.audit.AuditEntry;
import ru.perechen.audit.AuditLog;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyProfile;
import ru.perechen.tenancy.AgencyProfileService;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;

@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogTest {

    @Autowired AgencyDirectory directory;
    @Autowired ProcessGroupService groups;
    @Autowired ClientNeedService needs;
    @Autowired AuditLog audit;
    @Autowired AgencyProfileService profiles;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    AgencyId dizo;
    AgencyId other;

    @BeforeAll
    void two_agencies() {
        TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("92", "Каталожная тестовая область");
            dizo = directory.registerAgency(new AgencyDirectory.NewAgency(region, "catalog-dizo", "Департамент Д",
                    "Департамент Д", AgencyType.DEPARTMENT, null, null));
            other = directory.registerAgency(new AgencyDirectory.NewAgency(region, "catalog-other", "Министерство М",
                    "Министерство М", AgencyType.MINISTRY, null, null));
            return null;
        });
        admin(dizo, () -> {
            needs.applyNeedSet(NeedSet.WITH_INSPECTION_10);
            groups.applyCatalogue(List.of(DefaultProcessGroup.PUBLIC_SERVICES, DefaultProcessGroup.APPEALS,
                    DefaultProcessGroup.INFORMATION_ACCESS, DefaultProcessGroup.INTERNAL_IT));
            return null;
        });
        admin(other, () -> {
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            return null;
        });
    }

    @Test
    void the_act_003_preset_gives_ten_needs_with_the_inspection_of_objects_seventh() {
        List<ClientNeed> list = admin(dizo, needs::list);
        assertThat(list).hasSize(10);
        assertThat(list.get(6).number()).isEqualTo(7);
        assertThat(list.get(6).name()).isEqualTo("Предоставление объектов для осмотра (проверки)");
        assertThat(admin(other, needs::list)).hasSize(9).extracting(ClientNeed::name)
                .doesNotContain("Предоставление объектов для осмотра (проверки)");
    }

    @Test
    void a_preset_is_not_applied_twice() {
        admin(dizo, () -> {
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            return null;
        });
        assertThat(admin(dizo, needs::list)).hasSize(10);
    }

    @Test
    void names_are_required_bounded_and_unique_regardless_of_case_and_spaces() {
        assertThat(problem(() -> admin(other, () -> needs.create("   "))).messageKey()).isEqualTo("catalog.error.name-required");
        assertThat(problem(() -> admin(other, () -> needs.create("x".repeat(301)))).messageKey())
                .isEqualTo("catalog.error.name-too-long");
        InvalidConfigurationException duplicate = problem(() -> admin(other, () -> needs.create("  получение   КОНСУЛЬТАЦИИ ")));
        assertThat(duplicate.messageKey()).isEqualTo("catalog.error.name-duplicate");
        assertThat(duplicate.field()).isEqualTo("name");
        assertThat(admin(other, needs::list)).hasSize(9);
    }

    @Test
    void a_retired_group_leaves_the_numbering_stays_readable_and_comes_back_at_the_end() {
        ProcessGroup created = admin(other, () -> groups.create(new ProcessGroupDraft("Проверочное направление А", null, false)));
        ProcessGroup second = admin(other, () -> groups.create(new ProcessGroupDraft("Проверочное направление Б", "Б для печати", true)));
        ProcessGroup retired = admin(other, () -> groups.retire(created.id(), created.version()));
        assertThat(retired.retired()).isTrue();
        assertThat(retired.number()).isNull();
        List<ProcessGroup> list = admin(other, groups::list);
        assertThat(list).extracting(ProcessGroup::name).contains("Проверочное направление А");
        assertThat(list.stream().filter(g -> g.id().equals(second.id())).findFirst().orElseThrow().titleForPrint())
                .isEqualTo("Б для печати");
        ProcessGroup restored = admin(other, () -> groups.restore(retired.id(), retired.version()));
        assertThat(restored.number()).isEqualTo(list.stream().filter(g -> !g.retired()).count() + 1);
    }

    @Test
    void moving_a_group_up_swaps_it_with_the_one_before() {
        List<ProcessGroup> before = admin(dizo, groups::list);
        ProcessGroup appeals = before.get(1);
        admin(dizo, () -> {
            groups.move(appeals.id(), appeals.version(), -1);
            return null;
        });
        List<ProcessGroup> after = admin(dizo, groups::list);
        assertThat(after.get(0).name()).isEqualTo(appeals.name());
        assertThat(after.get(0).number()).isEqualTo(1);
        assertThat(after.get(1).name()).isEqualTo(before.get(0).name());
        admin(dizo, () -> {
            groups.move(after.get(0).id(), after.get(0).version(), +1);
            return null;
        });
        assertThat(admin(dizo, groups::list)).extracting(ProcessGroup::name)
                .containsExactlyElementsOf(before.stream().map(ProcessGroup::name).toList());
    }

    @Test
    void a_stale_edit_is_refused_and_nothing_is_overwritten() {
        ClientNeed need = admin(other, () -> needs.create("Получение справки"));
        admin(other, () -> needs.rename(need.id(), need.version(), "Получение справки о статусе"));
        assertThatThrownBy(() -> admin(other, () -> needs.rename(need.id(), need.version(), "Чужая правка")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(admin(other, needs::list)).extracting(ClientNeed::name)
                .contains("Получение справки о статусе").doesNotContain("Чужая правка");
    }

    @Test
    void only_the_tenant_admin_changes_the_catalogues() {
        assertThatThrownBy(() -> as(agencyUser(dizo, Role.EDITOR, Role.CC_DEPUTY), () -> needs.create("Новая потребность")))
                .isInstanceOf(AccessDeniedToTenantException.class);
        assertThat(as(agencyUser(dizo, Role.VIEWER), needs::list)).hasSize(10);
    }

    @Test
    void every_change_is_audited_with_who_and_before_and_after() {
        ClientNeed need = admin(dizo, () -> needs.create("Получение выписки"));
        admin(dizo, () -> needs.rename(need.id(), need.version(), "Получение выписки из реестра"));
        List<AuditEntry> entries = admin(dizo, () -> audit.recent(50));
        AuditEntry rename = entries.stream().filter(e -> need.id().equals(e.entityId()) && e.action().equals("UPDATED"))
                .findFirst().orElseThrow();
        assertThat(rename.actorName()).startsWith("Тестовый пользователь");
        assertThat(rename.beforeState()).contains("\"name\": \"Получение выписки\"");
        assertThat(rename.afterState()).contains("\"name\": \"Получение выписки из реестра\"");
        assertThat(entries).noneMatch(e -> e.summary().equals("Получение справки"));
    }

    @Test
    void a_profile_change_is_audited_too() {
        admin(dizo, () -> profiles.update(new AgencyProfile("dizo@example.ru", null, null, null, 5,
                profiles.current().version(), null)));
        assertThat(admin(dizo, () -> audit.recent(50)))
                .anyMatch(e -> e.entityType().equals("AgencyProfile") && e.afterState().contains("dizo@example.ru"));
    }

    @Test
    void the_audit_cannot_be_changed_or_deleted_by_the_application() {
        admin(dizo, () -> audit.recent(1));
        Throwable update = catchThrowableOfType(RuntimeException.class, () -> admin(dizo, () -> inTransaction(
                () -> jdbc.sql("update audit_event set summary = 'подделка'").update())));
        assertThat(update).hasRootCauseMessage("ERROR: permission denied for table audit_event");
        Throwable delete = catchThrowableOfType(RuntimeException.class, () -> admin(dizo, () -> inTransaction(
                () -> jdbc.sql("delete from audit_event").update())));
        assertThat(delete).hasRootCauseMessage("ERROR: permission denied for table audit_event");
    }

    @Test
    void catalogues_and_audit_of_one_agency_are_invisible_to_another() {
        List<String> otherNeeds = admin(other, () -> inTransaction(
                () -> jdbc.sql("select name from client_need").query(String.class).list()));
        assertThat(otherNeeds).doesNotContain("Предоставление объектов для осмотра (проверки)");
        assertThat(admin(other, () -> inTransaction(() -> jdbc.sql("select count(*) from process_group where agency_id = ?")
                .param(dizo.value()).query(Long.class).single()))).isZero();
        assertThat(admin(other, () -> audit.recent(100))).noneMatch(e -> e.summary().contains("выписки"));
        assertThat(admin(other, groups::list)).noneMatch(g -> g.name().equals(DefaultProcessGroup.INTERNAL_IT.title()));
    }

    private <T> T admin(AgencyId agency, Supplier<T> work) {
        return as(agencyUser(agency, Role.TENANT_ADMIN), work);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private static InvalidConfigurationException problem(Runnable action) {
        return catchThrowableOfType(InvalidConfigurationException.class, action::run);
    }
}
