package ru.perechen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.perechen.identity.PerechenUser;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.tenancy.Role;

class NavigationItemTest {

    private static final RegionSummary NSO = new RegionSummary(new RegionId(UUID.randomUUID()), "54", "Новосибирская область", 4);
    private static final AgencySummary DIZO = new AgencySummary(new AgencyId(UUID.randomUUID()), "dizo-nso",
            "Департамент имущества и земельных отношений Новосибирской области", "ДИЗО НСО", AgencyType.DEPARTMENT,
            NSO.id(), NSO.name(), null, null, true);

    @Test
    void an_editor_sees_only_their_agency() {
        assertThat(paths(user(Set.of(Role.EDITOR), DIZO))).containsExactly("agency/dizo-nso", "agency/dizo-nso/list",
                "agency/dizo-nso/requests", "agency/dizo-nso/versions", "agency/dizo-nso/publications", "agency/dizo-nso/review",
                "agency/dizo-nso/feedback", "agency/dizo-nso/feedback/entry", "agency/dizo-nso/feedback/reports");
    }

    @Test
    void a_tenant_admin_sees_the_configuration_pages() {
        assertThat(paths(user(Set.of(Role.TENANT_ADMIN), DIZO))).containsExactly("agency/dizo-nso", "agency/dizo-nso/list",
                "agency/dizo-nso/requests", "agency/dizo-nso/versions", "agency/dizo-nso/publications", "agency/dizo-nso/review", "agency/dizo-nso/units",
                "agency/dizo-nso/groups", "agency/dizo-nso/processes", "agency/dizo-nso/needs", "agency/dizo-nso/touchpoints",
                "agency/dizo-nso/template", "agency/dizo-nso/approval-chain", "agency/dizo-nso/substitutes", "agency/dizo-nso/settings", "agency/dizo-nso/people", "agency/dizo-nso/publication",
                "agency/dizo-nso/feedback", "agency/dizo-nso/feedback/entry", "agency/dizo-nso/feedback/reports", "agency/dizo-nso/feedback/survey", "agency/dizo-nso/feedback/analysis", "agency/dizo-nso/audit");
    }

    @Test
    void the_responsible_deputy_reads_the_catalogues_and_the_audit_but_not_the_settings() {
        assertThat(paths(user(Set.of(Role.CC_DEPUTY), DIZO))).containsExactly("agency/dizo-nso", "agency/dizo-nso/list",
                "agency/dizo-nso/requests", "agency/dizo-nso/versions", "agency/dizo-nso/publications", "agency/dizo-nso/review", "agency/dizo-nso/units",
                "agency/dizo-nso/groups", "agency/dizo-nso/processes", "agency/dizo-nso/needs", "agency/dizo-nso/touchpoints",
                "agency/dizo-nso/template", "agency/dizo-nso/approval-chain", "agency/dizo-nso/substitutes",
                "agency/dizo-nso/feedback", "agency/dizo-nso/feedback/entry", "agency/dizo-nso/feedback/reports", "agency/dizo-nso/feedback/survey", "agency/dizo-nso/feedback/analysis", "agency/dizo-nso/audit");
    }

    @Test
    void a_coordinator_sees_their_region_and_no_agency_page() {
        assertThat(paths(user(Set.of(Role.REGIONAL_COORDINATOR), null))).containsExactly("region/54");
    }

    @Test
    void a_platform_admin_sees_the_platform_overview() {
        assertThat(paths(user(Set.of(Role.PLATFORM_ADMIN), null))).containsExactly("platform", "platform/calendar", "platform/audit");
    }

    @Test
    void a_member_of_an_agency_without_any_role_sees_nothing() {
        assertThat(paths(user(Set.of(), DIZO))).isEmpty();
    }

    private static java.util.List<String> paths(PerechenUser user) {
        return NavigationItem.forUser(user).stream().map(NavigationItem::path).toList();
    }

    private static PerechenUser user(Set<Role> roles, AgencySummary agency) {
        return new PerechenUser("sub", "user", "Пользователь", null, roles, agency, NSO);
    }
}
