package ru.perechen.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The permission model's table (decision 28), as the services consult it. */
class AccessTest {

    private final AgencyId agency = new AgencyId(UUID.randomUUID());

    @Test
    void a_viewer_reads_the_agency_but_drafts_nothing_and_configures_nothing() {
        TenantPrincipal viewer = agencyUser(agency, Role.VIEWER);
        assertThat(as(viewer, Access.AGENCY_STAFF::isGranted)).isTrue();
        assertThat(as(viewer, Access.DRAFTING::isGranted)).isFalse();
        assertThat(as(viewer, Access.OVERSIGHT::isGranted)).isFalse();
        assertThatThrownBy(() -> as(viewer, () -> {
            Access.DRAFTING.require();
            return null;
        })).isInstanceOf(RoleRequiredException.class).isInstanceOf(AccessDeniedToTenantException.class)
                .satisfies(e -> assertThat(((RoleRequiredException) e).access()).isEqualTo(Access.DRAFTING));
    }

    @Test
    void without_a_role_one_is_only_signed_in() {
        TenantPrincipal member = agencyUser(agency);
        assertThat(as(member, Access.SIGNED_IN::isGranted)).isTrue();
        for (Access access : Access.values()) {
            if (access != Access.SIGNED_IN) {
                assertThat(as(member, access::isGranted)).as(access.name()).isFalse();
            }
        }
        assertThat(Access.SIGNED_IN.isGranted()).as("nobody signed in").isFalse();
    }

    @Test
    void system_work_has_every_access() {
        assertThat(TenantContext.callAsSystem(Access.PLATFORM::isGranted)).isTrue();
        assertThat(TenantContext.callAsSystem(Access.ADMINISTRATION::isGranted)).isTrue();
    }

    @Test
    void the_agency_roles_are_the_staff_and_the_platform_roles_are_not() {
        assertThat(Access.AGENCY_STAFF.roles()).doesNotContain(Role.PLATFORM_ADMIN, Role.REGIONAL_COORDINATOR).hasSize(6);
        assertThat(Access.DRAFTING.grantedTo(Set.of(Role.EDITOR))).isTrue();
        assertThat(Access.DRAFTING.grantedTo(Set.of(Role.CC_DEPUTY))).isFalse();
        assertThat(Access.ANY_ROLE.grantedTo(Set.of())).isFalse();
    }
}
