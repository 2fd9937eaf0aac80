package ru.perechen.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.coordinator;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.tenancy.internal.AgencyProfileEntity;
import ru.perechen.tenancy.internal.AgencyProfileRepository;

@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {

    @Autowired AgencyDirectory directory;
    @Autowired AgencyProfileService profileService;
    @Autowired AgencyProfileRepository profiles;
    @Autowired RegionOverviewService regionOverview;
    @Autowired EntityManager entityManager;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    RegionId north;
    RegionId south;
    AgencyId agencyA;
    AgencyId agencyB;
    AgencyId agencyC;

    @BeforeAll
    void two_agencies_in_one_region_and_one_in_another() {
        TenantContext.callAsSystem(() -> {
            north = directory.registerRegion("90", "Северная тестовая область");
            south = directory.registerRegion("91", "Южная тестовая область");
            agencyA = directory.registerAgency(agency(north, "test-a", "Министерство А"));
            agencyB = directory.registerAgency(agency(north, "test-b", "Министерство Б"));
            agencyC = directory.registerAgency(agency(south, "test-c", "Департамент В"));
            return null;
        });
        saveProfile(agencyA, "a@example.ru", "Иванова А. А.");
        saveProfile(agencyB, "b@example.ru", "Петров Б. Б.");
        saveProfile(agencyC, "c@example.ru", "Сидоров В. В.");
    }

    @Test
    void an_agency_sees_only_its_own_profile_through_the_repository() {
        List<AgencyProfileEntity> seen = asA(() -> inTransaction(() -> profiles.findAll()));
        assertThat(seen).extracting(AgencyProfileEntity::getContactEmail).containsExactly("a@example.ru");
        assertThat(as(agencyUser(agencyB, Role.VIEWER), () -> profileService.current().contactEmail())).isEqualTo("b@example.ru");
    }

    @Test
    void jpql_is_limited_to_the_current_agency() {
        List<String> emails = asA(() -> inTransaction(() -> entityManager
                .createQuery("select p.contactEmail from AgencyProfileEntity p", String.class).getResultList()));
        assertThat(emails).containsExactly("a@example.ru");
    }

    @Test
    void native_sql_that_bypasses_hibernate_is_still_limited_by_row_level_security() {
        List<String> emails = asA(() -> inTransaction(() -> jdbc.sql("select contact_email from agency_profile")
                .query(String.class).list()));
        assertThat(emails).containsExactly("a@example.ru");
    }

    @Test
    void without_a_tenant_no_row_is_visible() {
        List<String> emails = inTransaction(() -> jdbc.sql("select contact_email from agency_profile").query(String.class).list());
        assertThat(emails).isEmpty();
        assertThat(inTransaction(() -> profiles.count())).isZero();
    }

    @Test
    void the_database_rejects_a_write_with_another_agencys_id() {
        assertThatThrownBy(() -> asA(() -> inTransaction(() -> jdbc.sql("""
                        insert into agency_profile (id, agency_id, publication_deadline_work_days)
                        values (?, ?, 5)""").params(UUID.randomUUID(), agencyB.value()).update())))
                .hasRootCauseMessage("ERROR: new row violates row-level security policy for table \"agency_profile\"");
        int changed = asA(() -> inTransaction(() -> jdbc.sql("update agency_profile set contact_phone = '1' where agency_id = ?")
                .param(agencyB.value()).update()));
        assertThat(changed).isZero();
    }

    @Test
    void the_application_role_owns_nothing_and_cannot_bypass_row_level_security() {
        var role = jdbc.sql("select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = current_user")
                .query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).single();
        assertThat(role).containsOnly(false);
        assertThat(jdbc.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user").query(Long.class).single()).isZero();
        var rls = jdbc.sql("select relrowsecurity and relforcerowsecurity from pg_class where relname = 'agency_profile'")
                .query(Boolean.class).single();
        assertThat(rls).isTrue();
    }

    @Test
    void a_coordinator_reads_the_agencies_of_their_region_and_no_other() {
        List<RegionAgencyOverview> seen = as(coordinator(north), () -> regionOverview.overview(north));
        assertThat(seen).extracting(o -> o.agency().slug(), RegionAgencyOverview::ccDeputyName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("test-a", "Иванова А. А."),
                        org.assertj.core.groups.Tuple.tuple("test-b", "Петров Б. Б."));
        assertThatThrownBy(() -> as(coordinator(north), () -> regionOverview.overview(south)))
                .isInstanceOf(AccessDeniedToTenantException.class);
        assertThatThrownBy(() -> asA(() -> regionOverview.overview(north)))
                .isInstanceOf(AccessDeniedToTenantException.class);
    }

    @Test
    void region_scope_cannot_be_used_for_writing() {
        assertThatThrownBy(() -> as(coordinator(north), () -> TenantContext.callInRegionScope(north,
                () -> new TransactionTemplate(transactionManager).execute(s -> 1))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_member_of_the_agency_without_an_agency_role_acts_for_no_agency_and_sees_no_row() {
        TenantPrincipal member = agencyUser(agencyA);
        assertThat(as(member, TenantContext::currentAgency)).isEmpty();
        assertThat(as(member, () -> inTransaction(() -> jdbc.sql("select contact_email from agency_profile").query(String.class).list())))
                .isEmpty();
        assertThatThrownBy(() -> as(member, profileService::current)).isInstanceOf(AccessDeniedToTenantException.class);
        // a platform role is not a role in the agency either
        assertThat(as(agencyUser(agencyA, Role.REGIONAL_COORDINATOR), TenantContext::currentAgency)).isEmpty();
        assertThat(as(agencyUser(agencyA, Role.VIEWER), TenantContext::currentAgency)).contains(agencyA);
    }

    @Test
    void a_viewer_cannot_change_the_profile() {
        assertThatThrownBy(() -> as(agencyUser(agencyA, Role.VIEWER), () -> profileService.update(AgencyProfile.defaults())))
                .isInstanceOf(AccessDeniedToTenantException.class);
    }

    private <T> T asA(java.util.function.Supplier<T> work) {
        return as(agencyUser(agencyA, Role.EDITOR), work);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private void saveProfile(AgencyId agency, String email, String deputy) {
        as(agencyUser(agency, Role.TENANT_ADMIN), () -> {
            AgencyProfile current = profileService.current();
            return profileService.update(new AgencyProfile(email, null, null, deputy, 5, current.version(), null));
        });
    }

    private static AgencyDirectory.NewAgency agency(RegionId region, String slug, String name) {
        return new AgencyDirectory.NewAgency(region, slug, name, name, AgencyType.MINISTRY, null, null);
    }
}
