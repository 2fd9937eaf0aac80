package ru.perechen.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.StandardColumn;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.coretest.TestPrincipals;
import ru.perechen.identity.PerechenUser;
import ru.perechen.identity.UserResolver;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.workflow.ApprovalChainService;

/**
 * Creating agencies with a stand-in for Keycloak (the end-to-end suite runs the real one): what the
 * platform stores and what it leaves when the identity provider refuses.
 */
@SpringBootTest(classes = PresetServiceTest.App.class)
@Import(PlatformAdminTest.RecordingIdentity.class)
class PlatformAdminTest {

    @Autowired PlatformAdminService admin;
    @Autowired AgencyDirectory directory;
    @Autowired ProcessGroupService groups;
    @Autowired ListTemplateService templates;
    @Autowired ApprovalChainService chains;
    @Autowired UserResolver users;
    @Autowired RecordingIdentity identity;
    @Autowired JdbcClient jdbc;

    @Test
    void an_agency_is_created_from_the_003_preset_with_its_first_admin_in_the_identity_provider() {
        RegionId region = platform(() -> admin.createRegion("75", "Забайкальский край"));
        PlatformAdminService.CreatedAgency created = platform(() -> admin.createAgency(request(region, "minstroy-zk", AgencyPreset.SEED_003)));
        assertThat(created.temporaryPassword()).isEqualTo("temporary-1");
        assertThat(identity.provisioned).contains("minstroy-zk");
        AgencyId agency = created.agency().id();
        assertThat(as(agencyUser(agency, Role.TENANT_ADMIN), templates::current).printed()).extracting(TemplateColumn::standard)
                .doesNotContain(StandardColumn.GROUP_NUMBER);
        assertThat(as(agencyUser(agency, Role.TENANT_ADMIN), chains::current).orElseThrow().steps()).hasSize(3);
        assertThat(as(agencyUser(agency, Role.TENANT_ADMIN), groups::list)).isNotEmpty();

        // deactivated: the data stays, the identity provider disables it, and its people resolve to no agency
        platform(() -> admin.setActive(agency, false));
        assertThat(identity.disabled).contains("minstroy-zk");
        assertThat(directory.find(agency).orElseThrow().active()).isFalse();
        PerechenUser member = users.resolve(new UserResolver.IdentityClaims("sub-1", "minstroy.admin", "Вера Строителева", null,
                List.of("tenant-admin"), List.of("minstroy-zk"), null));
        assertThat(member.agencySummary()).isEmpty();
        assertThat(as(agencyUser(agency, Role.TENANT_ADMIN), groups::list)).isNotEmpty();
    }

    @Test
    void when_the_identity_provider_refuses_nothing_of_the_agency_is_stored() {
        RegionId region = platform(() -> admin.createRegion("76", "Ярославская область"));
        assertThatThrownBy(() -> platform(() -> admin.createAgency(request(region, "fail-agency", AgencyPreset.METHODOLOGY))))
                .isInstanceOf(ProvisioningException.class);
        assertThat(directory.findBySlug("fail-agency")).isEmpty();
        UUID id = AgencyDirectory.idFor("fail-agency").value();
        assertThat(jdbc.sql("select count(*) from agency where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void bad_input_is_refused_by_field_and_only_the_platform_admin_may_create() {
        RegionId region = platform(() -> admin.createRegion("77", "Москва"));
        assertThat(problem(() -> admin.createRegion("77", "Москва")).messageKey()).isEqualTo("region.error.code-taken");
        assertThat(problem(() -> admin.createRegion("7a", "Регион")).field()).isEqualTo("code");
        assertThat(problem(() -> admin.createAgency(request(region, "Минстрой", AgencyPreset.METHODOLOGY))).field()).isEqualTo("slug");
        var noSite = new PlatformAdminService.NewAgencyRequest(region, "no-site", "Министерство без сайта", "Без сайта",
                AgencyType.MINISTRY, "сайт министерства", null, AgencyPreset.METHODOLOGY, "nosite.admin", "a@b.ru", "Имя", "Фамилия");
        assertThat(problem(() -> admin.createAgency(noSite)).field()).isEqualTo("officialSiteUrl");
        var badEmail = new PlatformAdminService.NewAgencyRequest(region, "bad-mail", "Министерство", "Министерство",
                AgencyType.MINISTRY, "https://m.example.ru", null, AgencyPreset.METHODOLOGY, "bad.admin", "почта", "Имя", "Фамилия");
        assertThat(problem(() -> admin.createAgency(badEmail)).field()).isEqualTo("adminEmail");
        assertThat(identity.provisioned).doesNotContain("no-site", "bad-mail");
        assertThatThrownBy(() -> as(agencyUser(AgencyDirectory.idFor("dizo-nso"), Role.TENANT_ADMIN),
                () -> admin.createRegion("78", "Санкт-Петербург"))).isInstanceOf(AccessDeniedToTenantException.class);
    }

    private static PlatformAdminService.NewAgencyRequest request(RegionId region, String slug, AgencyPreset preset) {
        return new PlatformAdminService.NewAgencyRequest(region, slug, "Министерство строительства", "Минстрой",
                AgencyType.MINISTRY, "https://" + slug + ".example.ru", null, preset, slug + ".admin",
                "admin@" + slug + ".example.ru", "Вера", "Строителева");
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

    private static <T> T platform(java.util.function.Supplier<T> work) {
        return as(new PlatformAdmin(), work);
    }

    private record PlatformAdmin() implements TenantPrincipal {
        public Optional<AgencyId> agencyId() { return Optional.empty(); }
        public Optional<RegionId> coordinatedRegion() { return Optional.empty(); }
        public Set<Role> roles() { return Set.of(Role.PLATFORM_ADMIN); }
        public String actorId() { return "test-platform-admin"; }
        public String actorName() { return "Платон Платформин"; }
    }

    /** Keycloak's stand-in: records what it was asked, refuses slugs starting with {@code fail-}. */
    @TestConfiguration
    static class RecordingIdentity implements IdentityProvisioner {

        final List<String> provisioned = new ArrayList<>();
        final List<String> disabled = new ArrayList<>();

        @Bean
        @Primary
        IdentityProvisioner recordingProvisioner() {
            return this;
        }

        @Override
        public ProvisionedAdmin provisionAgency(NewAgencyIdentity agency) {
            if (agency.slug().startsWith("fail-")) {
                throw new ProvisioningException("identity.error.unavailable", null);
            }
            provisioned.add(agency.slug());
            return new ProvisionedAdmin(UUID.randomUUID().toString(), agency.adminUsername(), "temporary-" + provisioned.size());
        }

        @Override
        public void undoProvisioning(String slug, ProvisionedAdmin admin) {
            provisioned.remove(slug);
        }

        @Override
        public void setAgencyEnabled(String slug, boolean enabled) {
            (enabled ? provisioned : disabled).add(slug);
        }
    }
}
