package ru.perechen.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Assigning regional coordinators with Keycloak's stand-in ({@link PlatformAdminTest.RecordingIdentity}): what
 * is stored, what the identity provider is asked, and what is left when either side fails.
 */
@SpringBootTest(classes = PresetServiceTest.App.class)
@Import(PlatformAdminTest.RecordingIdentity.class)
class RegionCoordinatorTest {

    @Autowired RegionCoordinatorService coordinators;
    @Autowired AgencyDirectory directory;
    @Autowired PlatformAdminTest.RecordingIdentity identity;
    @Autowired JdbcClient jdbc;

    @Test
    void a_coordinator_is_assigned_shown_in_their_region_and_revoked_keeping_the_assignment_dated() {
        region("91", "Республика Крым");
        var assigned = platform(() -> coordinators.assignCoordinator("91", " Coord.Krym ", "Крымов  Кирилл Петрович",
                "coord.krym@example.ru"));

        assertThat(assigned.temporaryPassword()).isEqualTo("temporary-coord.krym");
        RegionCoordinator c = assigned.coordinator();
        assertThat(c.username()).isEqualTo("coord.krym");
        assertThat(c.displayName()).isEqualTo("Крымов Кирилл Петрович");
        assertThat(c.regionCode()).isEqualTo("91");
        assertThat(c.assignedBy()).isEqualTo("Платон Платформин");
        assertThat(identity.coordinatorOf).containsEntry("coord.krym", "91");
        assertThat(platform(() -> coordinators.coordinators("91"))).extracting(RegionCoordinator::username, RegionCoordinator::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("coord.krym", "coord.krym@example.ru"));
        assertThat(audit(c.id().toString())).containsExactly("ASSIGNED");

        platform(() -> {
            coordinators.revokeCoordinator(c.id());
            return null;
        });

        assertThat(platform(() -> coordinators.coordinators("91"))).isEmpty();
        assertThat(identity.coordinatorOf).doesNotContainKey("coord.krym");
        assertThat(identity.accounts).as("the account stays").contains("coord.krym");
        assertThat(jdbc.sql("select revoked_by from region_coordinator where id = ? and revoked_at is not null").param(c.id())
                .query(String.class).single()).isEqualTo("Платон Платформин");
        assertThat(audit(c.id().toString())).containsExactlyInAnyOrder("ASSIGNED", "REVOKED");

        // assigned again later: the existing account, no new password
        var again = platform(() -> coordinators.assignCoordinator("91", "coord.krym", "Крымов Кирилл", "coord.krym@example.ru"));
        assertThat(again.temporaryPassword()).isNull();
        assertThat(identity.coordinatorOf).containsEntry("coord.krym", "91");
    }

    @Test
    void an_assignment_twice_another_region_and_bad_fields_are_refused_by_field() {
        region("92", "Севастополь");
        region("93", "Краснодарский край");
        platform(() -> coordinators.assignCoordinator("92", "coord.sev", "Севастьянов Семён", "coord.sev@example.ru"));

        assertThat(problem(() -> coordinators.assignCoordinator("92", "COORD.SEV", "Севастьянов Семён", "s@example.ru")))
                .extracting(InvalidSettingException::field, InvalidSettingException::messageKey)
                .containsExactly("username", "region.error.coordinator-assigned");
        assertThat(problem(() -> coordinators.assignCoordinator("93", "coord.sev", "Севастьянов Семён", "s@example.ru")))
                .extracting(InvalidSettingException::field, InvalidSettingException::messageKey)
                .containsExactly("username", "region.error.coordinator-other-region");
        assertThat(problem(() -> coordinators.assignCoordinator("93", "координатор", "Кубанов Кирилл", "k@example.ru")).field())
                .isEqualTo("username");
        assertThat(problem(() -> coordinators.assignCoordinator("93", "coord.kuban", "Кубанов", "k@example.ru")).field())
                .isEqualTo("displayName");
        assertThat(problem(() -> coordinators.assignCoordinator("93", "coord.kuban", "Кубанов Кирилл", "почта")).field())
                .isEqualTo("email");
        assertThat(problem(() -> coordinators.assignCoordinator("00", "coord.kuban", "Кубанов Кирилл", "k@example.ru")))
                .extracting(InvalidSettingException::field, InvalidSettingException::messageKey)
                .containsExactly("region", "region.error.not-found");
        assertThat(identity.accounts).doesNotContain("coord.kuban");
        assertThat(platform(() -> coordinators.coordinators("93"))).isEmpty();
    }

    @Test
    void only_the_platform_admin_assigns_and_revokes() {
        region("94", "Херсонская область");
        var tenantAdmin = agencyUser(AgencyDirectory.idFor("dizo-nso"), Role.TENANT_ADMIN);
        assertThatThrownBy(() -> as(tenantAdmin, () -> coordinators.assignCoordinator("94", "coord.kh", "Херсонов Харитон",
                "kh@example.ru"))).isInstanceOf(AccessDeniedToTenantException.class);
        var c = platform(() -> coordinators.assignCoordinator("94", "coord.kh", "Херсонов Харитон", "kh@example.ru")).coordinator();
        assertThatThrownBy(() -> as(tenantAdmin, () -> {
            coordinators.revokeCoordinator(c.id());
            return null;
        })).isInstanceOf(AccessDeniedToTenantException.class);
        assertThatThrownBy(() -> as(tenantAdmin, () -> coordinators.coordinators("94"))).isInstanceOf(AccessDeniedToTenantException.class);
        assertThat(platform(() -> coordinators.coordinators("94"))).hasSize(1);
    }

    @Test
    void nothing_is_stored_when_the_identity_provider_refuses_and_its_change_is_undone_when_the_commit_fails() {
        region("95", "Запорожская область");
        assertThatThrownBy(() -> platform(() -> coordinators.assignCoordinator("95", "fail-coord", "Отказов Олег", "f@example.ru")))
                .isInstanceOf(ProvisioningException.class);
        assertThatThrownBy(() -> platform(() -> coordinators.assignCoordinator("95", "late-coord", "Поздняков Пётр", "l@example.ru")))
                .hasMessageContaining("the commit failed");

        assertThat(platform(() -> coordinators.coordinators("95"))).isEmpty();
        assertThat(jdbc.sql("select count(*) from region_coordinator where username in ('fail-coord', 'late-coord')")
                .query(Long.class).single()).isZero();
        assertThat(identity.accounts).as("the account created for late-coord is removed again").doesNotContain("late-coord");
        assertThat(identity.coordinatorOf).doesNotContainKeys("fail-coord", "late-coord");
    }

    @Test
    void the_demo_coordinators_are_recorded_once_without_asking_the_identity_provider() {
        region("96", "Демонстрационная область");
        coordinators.recordExisting("96", "coord.demo", "Демо Координатор", "coord.demo@demo.perechen.local");
        coordinators.recordExisting("96", "coord.demo", "Демо Координатор", "coord.demo@demo.perechen.local");

        assertThat(platform(() -> coordinators.coordinators("96"))).extracting(RegionCoordinator::username, RegionCoordinator::assignedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("coord.demo", "system"));
        assertThat(identity.accounts).doesNotContain("coord.demo");
    }

    private void region(String code, String name) {
        TenantContext.callAsSystem(() -> directory.registerRegion(code, name));
    }

    private List<String> audit(String entityId) {
        return jdbc.sql("select action from platform_audit_event where entity_type = 'RegionCoordinator' and entity_id = ? order by seq")
                .param(entityId).query(String.class).list();
    }

    private static InvalidSettingException problem(Runnable work) {
        try {
            platform(() -> {
                work.run();
                return null;
            });
        } catch (InvalidSettingException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    private static <T> T platform(Supplier<T> work) {
        return as(new PlatformAdmin(), work);
    }

    private record PlatformAdmin() implements TenantPrincipal {
        public Optional<AgencyId> agencyId() { return Optional.empty(); }
        public Optional<RegionId> coordinatedRegion() { return Optional.empty(); }
        public Set<Role> roles() { return Set.of(Role.PLATFORM_ADMIN); }
        public String actorId() { return "test-platform-admin"; }
        public String actorName() { return "Платон Платформин"; }
    }
}
