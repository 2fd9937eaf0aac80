package ru.perechen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.audit.AuditEntry;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;

/**
 * The 000 chain (unit head → supervising deputy → cc-deputy) on an agency of two departments, one
 * with a sub-unit that has no supervising deputy of its own, and a process run by two units.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalChainTest {

    static final ApprovalChainDraft CHAIN_000 = new ApprovalChainDraft(List.of(
            ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3),
            ApprovalStepDraft.of(ApproverRule.SUPERVISING_DEPUTY, 3),
            ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 2)), false, true);

    @Autowired AgencyDirectory directory;
    @Autowired ApprovalChainService chains;
    @Autowired StaffDirectory staff;
    @Autowired OrgUnitService units;
    @Autowired ProcessGroupService groups;
    @Autowired ProcessRegistryService registry;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    AgencyId agency;
    AgencyId other;
    StaffMember industryHead;
    StaffMember tradeHead;
    StaffMember deputy;
    StaffMember cc;
    OrgUnit industry;
    OrgUnit development;
    OrgUnit trade;
    OrgUnit legal;
    AgencyProcess shared;
    AgencyProcess developmentOnly;
    AgencyProcess legalOnly;

    @BeforeAll
    void an_agency_with_units_people_and_processes() {
        TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("96", "Тестовая область согласования");
            agency = directory.registerAgency(new AgencyDirectory.NewAgency(region, "chain-a", "Министерство С",
                    "Министерство С", AgencyType.MINISTRY, null, null));
            other = directory.registerAgency(new AgencyDirectory.NewAgency(region, "chain-b", "Инспекция С",
                    "Инспекция С", AgencyType.INSPECTION, null, null));
            return null;
        });
        industryHead = person("chain-head-1", "Ольга Начальникова", Role.UNIT_HEAD);
        tradeHead = person("chain-head-2", "Пётр Торговцев", Role.UNIT_HEAD);
        deputy = person("chain-deputy", "Сергей Курирующий", Role.SUPERVISING_DEPUTY);
        cc = person("chain-cc", "Елена Ковалёва", Role.CC_DEPUTY);
        industry = admin(() -> units.create(new OrgUnitDraft("Управление промышленной политики", null, industryHead.id(),
                deputy.id(), Set.of())));
        development = admin(() -> units.create(new OrgUnitDraft("Отдел развития промышленности", industry.id(),
                industryHead.id(), null, Set.of())));
        trade = admin(() -> units.create(new OrgUnitDraft("Отдел торговли", null, tradeHead.id(), deputy.id(), Set.of())));
        legal = admin(() -> units.create(new OrgUnitDraft("Отдел правовой работы", null, null, cc.id(), Set.of())));
        admin(() -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES, DefaultProcessGroup.APPEALS));
            return null;
        });
        var support = admin(groups::list).get(0);
        shared = admin(() -> registry.create(new ProcessDraft("Предоставление субсидий производителям", support.id(),
                ProcessKind.SUPPORT_MEASURE, false, Set.of(industry.id(), trade.id()), List.of(), null, null)));
        developmentOnly = admin(() -> registry.create(new ProcessDraft("Ведение реестра промышленных парков", support.id(),
                ProcessKind.SUPPORT_MEASURE, false, Set.of(development.id()), List.of(), null, null)));
        legalOnly = admin(() -> registry.create(new ProcessDraft("Правовая экспертиза соглашений", support.id(),
                ProcessKind.INTERNAL, false, Set.of(legal.id()), List.of(), null, null)));
        admin(() -> chains.save(null, CHAIN_000));
    }

    @Test
    void a_request_about_a_process_of_two_units_needs_both_unit_heads_then_their_deputy_then_the_cc_deputy() {
        List<ResolvedStep> route = admin(() -> chains.resolve(chains.current().orElseThrow(), List.of(shared.id()), null));
        assertThat(route).hasSize(3);
        assertThat(route.get(0).seats()).extracting(ResolvedStep.Seat::unitName, s -> s.candidates())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Управление промышленной политики", List.of(industryHead)),
                        org.assertj.core.groups.Tuple.tuple("Отдел торговли", List.of(tradeHead)));
        // one deputy supervises both units: one approval, not two
        assertThat(route.get(1).seats()).singleElement().satisfies(s -> assertThat(s.candidates()).containsExactly(deputy));
        assertThat(route.get(2).seats()).singleElement().satisfies(s -> assertThat(s.candidates()).containsExactly(cc));
        assertThat(route).noneMatch(ResolvedStep::resolvesToNobody);
    }

    @Test
    void a_sub_unit_without_its_own_supervising_deputy_goes_to_the_deputy_of_the_unit_above() {
        List<ResolvedStep> route = admin(() -> chains.resolve(chains.current().orElseThrow(), List.of(developmentOnly.id()), null));
        assertThat(route.get(1).seats()).singleElement().satisfies(s -> assertThat(s.candidates()).containsExactly(deputy));
    }

    @Test
    void steps_that_name_nobody_and_people_who_would_approve_twice_are_reported_with_the_processes() {
        List<ChainWarning> warnings = admin(() -> chains.warnings(CHAIN_000));
        // the legal unit has no head; its supervising deputy is the cc-deputy, who also approves last
        assertThat(warnings).contains(
                new ChainWarning(ChainWarning.Kind.NOBODY, List.of(1), List.of("Правовая экспертиза соглашений"), null),
                new ChainWarning(ChainWarning.Kind.SAME_PERSON, List.of(2, 3), List.of("Правовая экспертиза соглашений"),
                        "Елена Ковалёва"));
        assertThat(warnings).noneMatch(w -> w.processes().contains("Предоставление субсидий производителям"));
        // a role nobody holds names nobody for every process
        List<ChainWarning> noHolders = admin(() -> chains.warnings(new ApprovalChainDraft(List.of(
                ApprovalStepDraft.ofRole(Role.TENANT_ADMIN, 3)), false, true)));
        assertThat(noHolders).singleElement().satisfies(w -> assertThat(w.processes()).hasSize(3));
    }

    @Test
    void a_chain_is_refused_with_the_step_and_field_when_it_cannot_work() {
        assertThat(problem(new ApprovalChainDraft(List.of(), true, true)).messageKey()).isEqualTo("approval.error.no-steps");
        assertThat(problem(new ApprovalChainDraft(List.of(ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3),
                new ApprovalStepDraft(null, ApproverRule.ROLE, null, null, 3)), true, true)).field()).isEqualTo("steps.2.role");
        InvalidConfigurationException twice = problem(new ApprovalChainDraft(List.of(
                new ApprovalStepDraft(null, ApproverRule.PERSON, null, cc.id(), 3),
                ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3),
                new ApprovalStepDraft(null, ApproverRule.PERSON, null, cc.id(), 3)), true, true));
        assertThat(twice.messageKey()).isEqualTo("approval.error.person-twice");
        assertThat(twice.field()).isEqualTo("steps.3.person");
        assertThat(twice.arguments()).containsExactly(3, 1);
        assertThat(problem(new ApprovalChainDraft(List.of(ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3),
                ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 2)), true, true)).messageKey()).isEqualTo("approval.error.step-repeated");
        assertThat(problem(new ApprovalChainDraft(List.of(ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 0)), true, true)).field())
                .isEqualTo("steps.1.due");
        StaffMember stranger = TenantContext.callAsAgency(other, () -> staff.recordSignIn("chain-stranger", "Чужой", null, Set.of()));
        assertThat(problem(new ApprovalChainDraft(List.of(new ApprovalStepDraft(null, ApproverRule.PERSON, null, stranger.id(), 3)),
                true, true)).messageKey()).isEqualTo("approval.error.person-required");
        assertThat(problem(new ApprovalChainDraft(List.of(ApprovalStepDraft.ofRole(Role.VIEWER, 3)), true, true)).messageKey())
                .isEqualTo("approval.error.role-not-approver");
        assertThat(admin(chains::history)).hasSize(1);
    }

    @Test
    void a_saved_revision_never_changes_and_a_second_admin_working_from_an_old_one_is_refused() {
        ApprovalChain first = admin(() -> chains.current().orElseThrow());
        ApprovalChainDraft twoSteps = new ApprovalChainDraft(List.of(ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 5),
                ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 5)), true, false);
        ApprovalChain second = admin(() -> chains.save(first.revision(), twoSteps));
        try {
            assertThat(second.revision()).isEqualTo(first.revision() + 1);
            assertThat(admin(() -> chains.current().orElseThrow()).toDraft()).isEqualTo(twoSteps);
            // a request submitted under the first revision still follows it
            assertThat(admin(() -> chains.revision(first.id()))).isEqualTo(first);
            ChainConflictException conflict = catchThrowableOfType(ChainConflictException.class,
                    () -> admin(() -> chains.save(first.revision(), CHAIN_000)));
            assertThat(conflict.revision()).isEqualTo(second.revision());
            assertThat(admin(chains::history)).hasSize(2);
            List<AuditEntry> trail = admin(() -> audit.recent(20));
            assertThat(trail).filteredOn(e -> e.entityType().equals("ApprovalChain")).first()
                    .satisfies(e -> assertThat(e.summary()).isEqualTo("Редакция " + second.revision()));
            // revisions are append-only in the database too
            assertThatThrownBy(() -> admin(() -> new TransactionTemplate(transactions).execute(tx ->
                    jdbc.sql("update approval_chain set act_required = false").update())))
                    .hasRootCauseMessage("ERROR: permission denied for table approval_chain");
        } finally {
            admin(() -> chains.save(second.revision(), CHAIN_000));
        }
    }

    @Test
    void only_the_tenant_admin_changes_the_chain_and_another_agency_sees_none_of_it() {
        assertThatThrownBy(() -> as(agencyUser(agency, Role.CC_DEPUTY), () -> chains.save(null, CHAIN_000)))
                .isInstanceOf(AccessDeniedToTenantException.class);
        UUID ours = admin(() -> chains.current().orElseThrow().id());
        assertThat(as(agencyUser(other, Role.TENANT_ADMIN), chains::current)).isEmpty();
        assertThat(as(agencyUser(other, Role.TENANT_ADMIN), chains::history)).isEmpty();
        assertThatThrownBy(() -> as(agencyUser(other, Role.TENANT_ADMIN), () -> chains.revision(ours)))
                .isInstanceOf(InvalidConfigurationException.class);
        long visible = as(agencyUser(other, Role.TENANT_ADMIN), () -> new TransactionTemplate(transactions).execute(tx ->
                jdbc.sql("select count(*) from approval_chain_step").query(Long.class).single()));
        assertThat(visible).isZero();
    }

    private StaffMember person(String subject, String name, Role role) {
        return TenantContext.callAsAgency(agency, () -> staff.recordSignIn(subject, name, null, Set.of(role)));
    }

    private InvalidConfigurationException problem(ApprovalChainDraft draft) {
        return catchThrowableOfType(InvalidConfigurationException.class, () -> admin(() -> chains.save(
                admin(() -> chains.current().map(ApprovalChain::revision).orElse(null)), draft)));
    }

    private <T> T admin(Supplier<T> work) {
        return as(agencyUser(agency, Role.TENANT_ADMIN), work);
    }
}
