package ru.perechen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;

@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgUnitTest {

    @Autowired AgencyDirectory directory;
    @Autowired OrgUnitService units;
    @Autowired StaffDirectory staff;

    AgencyId agency;
    AgencyId other;
    StaffMember head;
    StaffMember deputy;
    StaffMember editor;
    StaffMember stranger;

    @BeforeAll
    void an_agency_with_three_people() {
        TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("93", "Тестовая область подразделений");
            agency = directory.registerAgency(new AgencyDirectory.NewAgency(region, "units-a", "Министерство П",
                    "Министерство П", AgencyType.MINISTRY, null, null));
            other = directory.registerAgency(new AgencyDirectory.NewAgency(region, "units-b", "Инспекция Р",
                    "Инспекция Р", AgencyType.INSPECTION, null, null));
            return null;
        });
        head = TenantContext.callAsAgency(agency, () -> staff.recordSignIn("sub-head", "Ольга Начальникова", null, Set.of()));
        deputy = TenantContext.callAsAgency(agency, () -> staff.recordSignIn("sub-deputy", "Сергей Курирующий", null, Set.of()));
        editor = TenantContext.callAsAgency(agency, () -> staff.recordSignIn("sub-editor", "Иван Редакторов", "i@example.ru", Set.of()));
        stranger = TenantContext.callAsAgency(other, () -> staff.recordSignIn("sub-stranger", "Чужой Сотрудник", null, Set.of()));
    }

    @Test
    void signing_in_again_refreshes_the_name_instead_of_adding_a_person() {
        StaffMember renamed = TenantContext.callAsAgency(agency, () -> staff.recordSignIn("sub-editor", "Иван Редакторов-Новый", null, Set.of()));
        assertThat(renamed.id()).isEqualTo(editor.id());
        assertThat(admin(staff::list)).extracting(StaffMember::displayName).contains("Иван Редакторов-Новый")
                .doesNotContain("Чужой Сотрудник");
        TenantContext.callAsAgency(agency, () -> staff.recordSignIn("sub-editor", "Иван Редакторов", null, Set.of()));
    }

    @Test
    void a_tree_of_units_with_head_supervisor_and_members_is_listed_parents_first() {
        OrgUnit top = admin(() -> units.create(new OrgUnitDraft("Управление промышленной политики", null, head.id(), deputy.id(), Set.of())));
        OrgUnit child = admin(() -> units.create(new OrgUnitDraft("Отдел развития промышленности", top.id(), head.id(), deputy.id(),
                Set.of(editor.id()))));
        List<OrgUnit> list = admin(units::list);
        assertThat(list.indexOf(list.stream().filter(u -> u.id().equals(top.id())).findFirst().orElseThrow()))
                .isLessThan(list.indexOf(list.stream().filter(u -> u.id().equals(child.id())).findFirst().orElseThrow()));
        OrgUnit stored = list.stream().filter(u -> u.id().equals(child.id())).findFirst().orElseThrow();
        assertThat(stored.path()).containsExactly("Управление промышленной политики", "Отдел развития промышленности");
        assertThat(stored.head().displayName()).isEqualTo("Ольга Начальникова");
        assertThat(stored.supervisor().displayName()).isEqualTo("Сергей Курирующий");
        assertThat(stored.members()).extracting(StaffMember::subject).containsExactly("sub-editor");
    }

    @Test
    void a_unit_cannot_be_placed_below_itself_or_its_own_sub_unit() {
        OrgUnit a = admin(() -> units.create(new OrgUnitDraft("Отдел А", null, null, null, Set.of())));
        OrgUnit b = admin(() -> units.create(new OrgUnitDraft("Отдел Б", a.id(), null, null, Set.of())));
        InvalidConfigurationException cycle = catchThrowableOfType(InvalidConfigurationException.class,
                () -> admin(() -> units.update(a.id(), a.version(), new OrgUnitDraft("Отдел А", b.id(), null, null, Set.of()))));
        assertThat(cycle.messageKey()).isEqualTo("units.error.cycle");
        assertThat(cycle.field()).isEqualTo("parentId");
        assertThat(admin(units::list).stream().filter(u -> u.id().equals(a.id())).findFirst().orElseThrow().parentId()).isNull();
    }

    @Test
    void a_unit_with_open_sub_units_cannot_be_closed_and_a_closed_unit_stays_listed() {
        OrgUnit parent = admin(() -> units.create(new OrgUnitDraft("Управление имущества", null, null, null, Set.of())));
        OrgUnit child = admin(() -> units.create(new OrgUnitDraft("Отдел аренды", parent.id(), null, null, Set.of())));
        assertThat(catchThrowableOfType(InvalidConfigurationException.class,
                () -> admin(() -> units.close(parent.id(), parent.version(), null))).messageKey()).isEqualTo("units.error.open-children");
        OrgUnit closedChild = admin(() -> units.close(child.id(), child.version(), null));
        OrgUnit closedParent = admin(() -> units.close(parent.id(), parent.version(), null));
        assertThat(closedParent.closed()).isTrue();
        assertThat(admin(units::list)).extracting(OrgUnit::name).contains("Управление имущества", "Отдел аренды");
        assertThat(catchThrowableOfType(InvalidConfigurationException.class,
                () -> admin(() -> units.reopen(closedChild.id(), closedChild.version()))).messageKey())
                .isEqualTo("units.error.parent-closed");
        OrgUnit reused = admin(() -> units.create(new OrgUnitDraft("Отдел аренды", null, null, null, Set.of())));
        assertThat(reused.closed()).isFalse();
    }

    @Test
    void open_units_have_unique_names_and_a_name_is_required() {
        admin(() -> units.create(new OrgUnitDraft("Отдел кадров", null, null, null, Set.of())));
        assertThat(catchThrowableOfType(InvalidConfigurationException.class,
                () -> admin(() -> units.create(new OrgUnitDraft(" отдел  КАДРОВ ", null, null, null, Set.of())))).messageKey())
                .isEqualTo("catalog.error.name-duplicate");
        assertThat(catchThrowableOfType(InvalidConfigurationException.class,
                () -> admin(() -> units.create(new OrgUnitDraft("", null, null, null, Set.of())))).messageKey())
                .isEqualTo("catalog.error.name-required");
    }

    @Test
    void a_person_of_another_agency_cannot_head_a_unit() {
        InvalidConfigurationException refused = catchThrowableOfType(InvalidConfigurationException.class,
                () -> admin(() -> units.create(new OrgUnitDraft("Отдел с чужим", null, stranger.id(), null, Set.of()))));
        assertThat(refused.messageKey()).isEqualTo("units.error.unknown-person");
        assertThat(admin(units::list)).extracting(OrgUnit::name).doesNotContain("Отдел с чужим");
    }

    @Test
    void members_are_replaced_and_stale_edits_refused() {
        OrgUnit unit = admin(() -> units.create(new OrgUnitDraft("Отдел учета", null, null, null, Set.of(editor.id(), head.id()))));
        OrgUnit changed = admin(() -> units.update(unit.id(), unit.version(), new OrgUnitDraft("Отдел учета", null, null, null,
                Set.of(deputy.id()))));
        assertThat(changed.members()).extracting(StaffMember::subject).containsExactly("sub-deputy");
        assertThatThrownBy(() -> admin(() -> units.update(unit.id(), unit.version(),
                new OrgUnitDraft("Отдел учета и отчетности", null, null, null, Set.of()))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void units_of_one_agency_are_invisible_to_another_and_only_the_admin_edits() {
        admin(() -> units.create(new OrgUnitDraft("Секретный отдел", null, null, null, Set.of())));
        assertThat(as(agencyUser(other, Role.TENANT_ADMIN), units::list)).extracting(OrgUnit::name).doesNotContain("Секретный отдел");
        assertThatThrownBy(() -> as(agencyUser(agency, Role.UNIT_HEAD), () -> units.create(
                new OrgUnitDraft("Самовольный отдел", null, null, null, Set.of())))).isInstanceOf(AccessDeniedToTenantException.class);
    }

    private <T> T admin(Supplier<T> work) {
        return as(agencyUser(agency, Role.TENANT_ADMIN), work);
    }
}
