package ru.perechen.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.RoleRequiredException;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.workflow.ApprovalChainDraft;
import ru.perechen.workflow.ApprovalChainService;
import ru.perechen.workflow.ApprovalStepDraft;

/**
 * The staff page's data: everyone of the agency with their units (head or member), roles and last sign-in, and
 * the warnings where the configuration needs people — for the tenant admin only, and of their agency only.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleServiceTest {

    @Autowired AgencyDirectory directory;
    @Autowired StaffDirectory staff;
    @Autowired OrgUnitService units;
    @Autowired ProcessGroupService groups;
    @Autowired ProcessRegistryService registry;
    @Autowired ApprovalChainService chains;
    @Autowired PeopleService people;

    AgencyId agency;
    AgencyId other;
    TenantPrincipal admin;
    StaffMember editor;

    @BeforeAll
    void an_agency_with_a_unit_nobody_heads_and_a_chain_step_nobody_holds() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "883", "Область сотрудников", "people", "С");
        agency = pair.agency();
        other = pair.other();
        admin = person(agency, "s-admin", "Админова Анна", Role.TENANT_ADMIN);
        as(admin, () -> staff.recordLogin("s-admin", "s.admin", "Админова Анна", "admin@people.ru", Set.of(Role.TENANT_ADMIN)));
        editor = as(admin, () -> staff.recordSignIn("s-editor", "Редакторов Иван", null, Set.of(Role.EDITOR)));
        var headed = as(admin, () -> units.create(new OrgUnitDraft("Отдел учёта", null, editor.id(), null, Set.of())));
        as(admin, () -> units.create(new OrgUnitDraft("Отдел без руководителя", null, null, null, Set.of(editor.id()))));
        as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.APPEALS));
            return registry.create(new ProcessDraft("Рассмотрение обращений", groups.list().getFirst().id(), ProcessKind.APPEALS,
                    false, Set.of(headed.id()), List.of(), null, null));
        });
        as(admin, () -> chains.save(null, new ApprovalChainDraft(List.of(ApprovalStepDraft.ofRole(Role.SUPERVISING_DEPUTY, 3)),
                false, false)));
        TenantPrincipal otherAdmin = person(other, "s-other", "Чужова Ольга", Role.TENANT_ADMIN);
        as(otherAdmin, () -> staff.recordSignIn("s-other", "Чужова Ольга", null, Set.of(Role.TENANT_ADMIN)));
    }

    @Test
    void everyone_is_listed_with_units_roles_and_last_sign_in() {
        Staffing staffing = as(admin, people::staffing);
        assertThat(staffing.people()).extracting(Person::name).containsExactly("Админова Анна", "Редакторов Иван");
        Person anna = staffing.people().getFirst();
        assertThat(anna.login()).isEqualTo("s.admin");
        assertThat(anna.email()).isEqualTo("admin@people.ru");
        assertThat(anna.roles()).containsExactly(Role.TENANT_ADMIN);
        assertThat(anna.lastSignIn()).as("signed in through the identity provider").isNotNull();
        assertThat(anna.units()).isEmpty();
        Person ivan = staffing.people().get(1);
        assertThat(ivan.lastSignIn()).as("recorded, never signed in").isNull();
        assertThat(ivan.login()).isNull();
        assertThat(ivan.units()).extracting(Person.Membership::unit, Person.Membership::head)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Отдел учёта", true),
                        org.assertj.core.groups.Tuple.tuple("Отдел без руководителя", false));
    }

    @Test
    void the_warnings_name_the_unit_without_a_head_the_step_that_finds_nobody_and_the_roles_nobody_holds() {
        List<StaffingWarning> warnings = as(admin, people::staffing).warnings();
        assertThat(warnings).extracting(StaffingWarning::kind, StaffingWarning::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(StaffingWarning.Kind.UNIT_WITHOUT_HEAD, "Отдел без руководителя"),
                org.assertj.core.groups.Tuple.tuple(StaffingWarning.Kind.STEP_FINDS_NOBODY, "1"),
                org.assertj.core.groups.Tuple.tuple(StaffingWarning.Kind.ROLE_NOBODY_HOLDS, "CC_DEPUTY"),
                org.assertj.core.groups.Tuple.tuple(StaffingWarning.Kind.ROLE_NOBODY_HOLDS, "SUPERVISING_DEPUTY"));
        assertThat(warnings.stream().filter(w -> w.kind() == StaffingWarning.Kind.STEP_FINDS_NOBODY).findFirst().orElseThrow()
                .details()).containsExactly("Рассмотрение обращений");
    }

    @Test
    void only_the_tenant_admin_reads_it_and_only_of_their_agency() {
        for (Role role : List.of(Role.CC_DEPUTY, Role.EDITOR, Role.UNIT_HEAD, Role.VIEWER)) {
            assertThat(catchThrowable(() -> as(person(agency, "s-" + role.keycloakName(), "Кто-то", role), people::staffing)))
                    .as(role.name()).isInstanceOf(RoleRequiredException.class);
        }
        Staffing theirs = as(person(other, "s-other", "Чужова Ольга", Role.TENANT_ADMIN), people::staffing);
        assertThat(theirs.people()).extracting(Person::name).containsExactly("Чужова Ольга");
        assertThat(theirs.people()).extracting(Person::name).doesNotContain("Админова Анна", "Редакторов Иван");
    }
}
