package ru.perechen.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
    @Autowired ProvisioningJournal journal;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void an_agency_is_created_from_the_003_preset_with_its_first_admin_in_the_identity_provider() {
        RegionId region = platform(() -> admin.createRegion("75", "Забайкальский край"));
        PlatformAdminService.CreatedAgency created = platform(() -> admin.createAgency(request(region, "minstroy-zk", AgencyPreset.SEED_003)));
        assertThat(created.temporaryPassword()).isEqualTo("temporary-minstroy-zk");
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

    @Test
    void a_creation_interrupted_after_the_identity_provider_agreed_is_undone_at_the_next_start() {
        // what a process killed between Keycloak and the commit leaves: the attempt, and Keycloak's part
        UUID marker = interruptedAttempt("lost-agency");
        identity.provisioned.add("lost-agency");

        journal.settleInterrupted();

        assertThat(identity.removed).extracting(IdentityProvisioner.Provisioning::slug, IdentityProvisioner.Provisioning::marker,
                IdentityProvisioner.Provisioning::adminUsername).contains(tuple("lost-agency", marker,
                "lost-agency.admin"));
        assertThat(identity.provisioned).doesNotContain("lost-agency");
        assertThat(directory.findBySlug("lost-agency")).isEmpty();
        assertThat(attempts("lost-agency")).isZero();
    }

    @Test
    void an_attempt_whose_agency_was_stored_is_closed_and_keycloak_keeps_the_agency() {
        RegionId region = platform(() -> admin.createRegion("79", "Еврейская автономная область"));
        platform(() -> admin.createAgency(request(region, "stored-agency", AgencyPreset.METHODOLOGY)));
        assertThat(attempts("stored-agency")).isZero();
        // killed after the commit, before the attempt was closed
        interruptedAttempt("stored-agency");

        journal.settleInterrupted();

        assertThat(identity.removed).extracting(IdentityProvisioner.Provisioning::slug).doesNotContain("stored-agency");
        assertThat(identity.provisioned).contains("stored-agency");
        assertThat(attempts("stored-agency")).isZero();
    }

    @Test
    void an_attempt_still_held_by_its_creating_transaction_is_left_alone() throws Exception {
        interruptedAttempt("busy-agency");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread creator = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("select 1 from identity_provisioning where slug = 'busy-agency' for update").query(Integer.class).single();
            held.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        creator.start();
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            journal.settleInterrupted();
            assertThat(identity.removed).extracting(IdentityProvisioner.Provisioning::slug).doesNotContain("busy-agency");
            assertThat(attempts("busy-agency")).isOne();
        } finally {
            release.countDown();
            creator.join();
        }
        journal.settleInterrupted();
        assertThat(attempts("busy-agency")).isZero();
    }

    @Test
    void the_next_attempt_at_the_slug_removes_what_the_interrupted_one_left_and_creates_the_agency() {
        RegionId region = platform(() -> admin.createRegion("83", "Ненецкий автономный округ"));
        UUID lost = interruptedAttempt("again-agency");
        identity.provisioned.add("again-agency");

        PlatformAdminService.CreatedAgency created = platform(() -> admin.createAgency(request(region, "again-agency",
                AgencyPreset.METHODOLOGY)));

        assertThat(identity.removed).extracting(IdentityProvisioner.Provisioning::marker).contains(lost);
        assertThat(identity.provisioned).containsOnlyOnce("again-agency");
        assertThat(created.agency().slug()).isEqualTo("again-agency");
        assertThat(attempts("again-agency")).isZero();
    }

    private UUID interruptedAttempt(String slug) {
        UUID marker = UUID.randomUUID();
        jdbc.sql("insert into identity_provisioning (slug, admin_username, marker) values (?, ?, ?)")
                .params(slug, slug + ".admin", marker).update();
        return marker;
    }

    private long attempts(String slug) {
        return jdbc.sql("select count(*) from identity_provisioning where slug = ?").param(slug).query(Long.class).single();
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
        final List<Provisioning> removed = new ArrayList<>();

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
            return new ProvisionedAdmin(UUID.randomUUID().toString(), agency.adminUsername(), "temporary-" + agency.slug());
        }

        @Override
        public void removeProvisioned(Provisioning provisioning) {
            provisioned.remove(provisioning.slug());
            removed.add(provisioning);
        }

        @Override
        public void setAgencyEnabled(String slug, boolean enabled) {
            (enabled ? provisioned : disabled).add(slug);
        }

        /** Subjects whose accounts are disabled; a subject starting with {@code fail-} is refused. */
        final Set<String> disabledAccounts = new java.util.HashSet<>();

        @Override
        public void setAccountEnabled(String subject, boolean enabled) {
            if (subject.startsWith("fail-")) {
                throw new ProvisioningException("identity.error.unavailable-change", null);
            }
            if (enabled) {
                disabledAccounts.remove(subject);
            } else {
                disabledAccounts.add(subject);
            }
        }

        /** The accounts Keycloak holds (by login) and the region attribute of those with the coordinator's role. */
        final Set<String> accounts = new java.util.HashSet<>();
        final java.util.Map<String, String> coordinatorOf = new java.util.HashMap<>();

        /** Refuses logins starting with {@code fail-}; for {@code late-} ones, agrees and makes the commit fail afterwards. */
        @Override
        public CoordinatorAccount grantCoordinator(CoordinatorIdentity coordinator) {
            if (coordinator.username().startsWith("fail-")) {
                throw new ProvisioningException("identity.error.unavailable-change", null);
            }
            boolean created = accounts.add(coordinator.username());
            boolean was = coordinator.regionCode().equals(coordinatorOf.put(coordinator.username(), coordinator.regionCode()));
            if (coordinator.username().startsWith("late-")) {
                org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                        new org.springframework.transaction.support.TransactionSynchronization() {
                            @Override
                            public void beforeCommit(boolean readOnly) {
                                throw new IllegalStateException("the commit failed");
                            }
                        });
            }
            return new CoordinatorAccount("sub-" + coordinator.username(), coordinator.username(), created, was,
                    created ? "temporary-" + coordinator.username() : null);
        }

        @Override
        public void revokeCoordinator(String username, String regionCode) {
            coordinatorOf.remove(username, regionCode);
        }

        @Override
        public void removeAccount(String subject) {
            String username = subject.substring("sub-".length());
            accounts.remove(username);
            coordinatorOf.remove(username);
        }
    }
}
