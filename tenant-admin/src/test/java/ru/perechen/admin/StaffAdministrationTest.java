package ru.perechen.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.people.PeopleService;
import ru.perechen.people.Person;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.RoleRequiredException;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The tenant admin disables a person and enables them again, with Keycloak's stand-in
 * ({@link PlatformAdminTest.RecordingIdentity}): the directory marks them, the account is disabled, the change is
 * audited; Keycloak refusing keeps nothing; nobody disables themselves; only a tenant admin of the same agency may.
 */
@SpringBootTest(classes = PresetServiceTest.App.class)
@Import(PlatformAdminTest.RecordingIdentity.class)
class StaffAdministrationTest {

    @Autowired AgencyDirectory directory;
    @Autowired StaffDirectory staff;
    @Autowired StaffAdministration administration;
    @Autowired PeopleService people;
    @Autowired PlatformAdminTest.RecordingIdentity identity;
    @Autowired ru.perechen.audit.AuditLog audit;

    ru.perechen.tenancy.AgencyId agency;

    @Test
    void a_disabled_person_is_marked_their_account_disabled_and_enabled_again_each_step_audited() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "97", "Область отключений", "staffadm", "О");
        agency = pair.agency();
        TenantPrincipal admin = person(pair.agency(), "o-admin", "Админова Ольга", Role.TENANT_ADMIN);
        as(admin, () -> staff.recordSignIn("o-admin", "Админова Ольга", null, Set.of(Role.TENANT_ADMIN)));
        StaffMember editor = as(admin, () -> staff.recordSignIn("o-editor", "Редакторов Олег", null, Set.of(Role.EDITOR)));
        StaffMember refused = as(admin, () -> staff.recordSignIn("fail-editor", "Отказов Фёдор", null, Set.of(Role.EDITOR)));

        as(admin, () -> {
            administration.disable(editor.id());
            return null;
        });
        assertThat(state(admin, "o-editor")).isTrue();
        assertThat(TenantContext.callAsAgency(pair.agency(), () -> staff.isDisabled("o-editor"))).isTrue();
        assertThat(identity.disabledAccounts).contains("o-editor");
        assertThat(audit(editor)).containsExactly("DISABLED");

        // Keycloak refuses: the directory keeps the person enabled
        assertThat(catchThrowable(() -> as(admin, () -> {
            administration.disable(refused.id());
            return null;
        }))).isInstanceOf(ProvisioningException.class);
        assertThat(state(admin, "fail-editor")).isFalse();
        assertThat(audit(refused)).isEmpty();

        // nobody disables themselves
        StaffMember self = as(admin, staff::list).stream().filter(m -> m.subject().equals("o-admin")).findFirst().orElseThrow();
        InvalidSettingException own = catchThrowableOfType(InvalidSettingException.class, () -> as(admin, () -> {
            administration.disable(self.id());
            return null;
        }));
        assertThat(own.messageKey()).isEqualTo("people.error.self-disable");
        assertThat(state(admin, "o-admin")).isFalse();

        // another role, or another agency's admin, may not; the other agency does not even find the person
        assertThat(catchThrowable(() -> as(person(pair.agency(), "o-cc", "Ковалёва", Role.CC_DEPUTY), () -> {
            administration.disable(editor.id());
            return null;
        }))).isInstanceOf(RoleRequiredException.class);
        InvalidSettingException foreign = catchThrowableOfType(InvalidSettingException.class,
                () -> as(person(pair.other(), "o-other", "Чужова", Role.TENANT_ADMIN), () -> {
                    administration.enable(editor.id());
                    return null;
                }));
        assertThat(foreign.messageKey()).isEqualTo("people.error.not-found");
        assertThat(state(admin, "o-editor")).isTrue();

        as(admin, () -> {
            administration.enable(editor.id());
            return null;
        });
        assertThat(state(admin, "o-editor")).isFalse();
        assertThat(identity.disabledAccounts).doesNotContain("o-editor");
        assertThat(audit(editor)).containsExactly("DISABLED", "ENABLED");
    }

    private boolean state(TenantPrincipal admin, String subject) {
        return as(admin, people::staffing).people().stream().filter(p -> p.subject().equals(subject)).findFirst()
                .map(Person::disabled).orElseThrow();
    }

    private java.util.List<String> audit(StaffMember member) {
        return as(person(agency, "o-admin", "Админова Ольга", Role.TENANT_ADMIN), () -> audit.recent(100)).stream()
                .filter(e -> "StaffMember".equals(e.entityType()) && member.id().equals(e.entityId()))
                .sorted(java.util.Comparator.comparingLong(ru.perechen.audit.AuditEntry::seq)).map(ru.perechen.audit.AuditEntry::action)
                .toList();
    }
}
