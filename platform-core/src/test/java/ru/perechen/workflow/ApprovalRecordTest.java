package ru.perechen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Who may decide a request, in every capacity, and what its record keeps (the order's scans). Agency A: the 000 chain (unit head → supervising deputy
 * → client-centricity deputies), a head who is also one of two client-centricity deputies, and a
 * person whom the admin appoints as a substitute. Agency B: an editor who is the only client-centricity
 * deputy, so that their own request could never pass the last step.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalRecordTest {

    @Autowired AgencyDirectory directory;
    @Autowired ChangeRequestService requests;
    @Autowired SubstitutionService substitutions;
    @Autowired ListService list;
    @Autowired ApprovalChainService chains;
    @Autowired StaffDirectory staff;
    @Autowired OrgUnitService units;
    @Autowired ProcessGroupService groups;
    @Autowired ProcessRegistryService registry;
    @Autowired TouchpointService touchpoints;
    @Autowired ClientNeedService needs;
    @Autowired ListTemplateService templates;
    @Autowired AuditLog audit;

    /** One agency's people and its one process, with a row for it at a touchpoint of its own per request. */
    record Agency(AgencyId id, TenantPrincipal admin, Map<String, TenantPrincipal> people, Map<String, StaffMember> staff,
                  AgencyProcess process, List<java.util.UUID> touchpoints, java.util.UUID need) {
        TenantPrincipal p(String subject) {
            return people.get(subject);
        }
    }

    Agency a;
    Agency b;
    Agency c;
    Agency d;

    @BeforeAll
    void two_agencies() {
        var pair = TestAgencies.register(directory, "83", "Область разделения обязанностей", "sod", "Р");
        a = agency(pair.agency(), Map.of(
                        "a-head", new Person("Ольга Начальникова", Set.of(Role.UNIT_HEAD, Role.CC_DEPUTY)),
                        "a-deputy", new Person("Сергей Курирующий", Set.of(Role.SUPERVISING_DEPUTY)),
                        "a-editor", new Person("Иван Редакторов", Set.of(Role.EDITOR)),
                        "a-cc", new Person("Елена Ковалёва", Set.of(Role.CC_DEPUTY)),
                        "a-standin", new Person("Пётр Замещающий", Set.of(Role.UNIT_HEAD))),
                "a-head", "a-deputy", Set.of("a-editor"),
                List.of(ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3), ApprovalStepDraft.of(ApproverRule.SUPERVISING_DEPUTY, 3),
                        ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 3)));
        b = agency(pair.other(), Map.of(
                        "b-head", new Person("Анна Руководитель", Set.of(Role.UNIT_HEAD)),
                        "b-editor", new Person("Борис Единственный", Set.of(Role.EDITOR, Role.CC_DEPUTY))),
                "b-head", null, Set.of("b-editor"),
                List.of(ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3), ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 3)));
        var more = TestAgencies.register(directory, "84", "Область порядков согласования", "sod2", "П");
        c = agency(more.agency(), Map.of("c-head", new Person("Вера Одна", Set.of(Role.UNIT_HEAD)),
                        "c-editor", new Person("Глеб Редактор", Set.of(Role.EDITOR))),
                "c-head", null, Set.of("c-editor"), List.of(ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3)));
        d = agency(more.other(), Map.of("d-head", new Person("Дина Руководитель", Set.of(Role.UNIT_HEAD)),
                        "d-deputy", new Person("Евгений Заместитель", Set.of(Role.SUPERVISING_DEPUTY)),
                        "d-cc", new Person("Жанна Клиентская", Set.of(Role.CC_DEPUTY))),
                "d-head", "d-deputy", Set.of(),
                List.of(ApprovalStepDraft.of(ApproverRule.SUPERVISING_DEPUTY, 3), ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3),
                        ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 3)));
    }

    @Test
    void a_chain_of_the_unit_head_alone_does_not_let_a_head_approve_their_own_request_by_submitting_it() {
        ChangeRequest draft = drafted(c, "c-head", "Только руководитель", 0);
        var refused = catchThrowableOfType(InvalidTransitionException.class,
                () -> as(c.p("c-head"), () -> requests.submit(draft.number(), draft.version())));
        assertThat(refused.messageKey()).isEqualTo("request.error.no-one-else");
        assertThat(as(c.p("c-head"), () -> requests.get(draft.number())).status()).isEqualTo(ChangeStatus.DRAFT);
        // the editor's request is the head's to decide, as always
        ChangeRequest editors = submitted(c, "c-editor", "Предложение редактора", 1);
        assertThat(as(c.p("c-head"), () -> requests.approve(editors.number(), editors.version(), null)).status())
                .isEqualTo(ChangeStatus.APPROVED);
    }

    @Test
    void a_step_filled_at_submission_later_in_the_chain_is_passed_over_when_the_step_before_it_is_approved() {
        ChangeRequest submitted = submitted(d, "d-head", "Руководитель на втором этапе", 0);
        assertThat(submitted.currentStep()).isEqualTo(1);
        assertThat(submitted.decisions()).singleElement().satisfies(x -> assertThat(x.step()).isEqualTo(2));
        ChangeRequest afterDeputy = as(d.p("d-deputy"), () -> requests.approve(submitted.number(), submitted.version(), null));
        assertThat(afterDeputy.currentStep()).isEqualTo(3);
        assertThat(as(d.p("d-cc"), () -> requests.approve(afterDeputy.number(), afterDeputy.version(), null)).status())
                .isEqualTo(ChangeStatus.APPROVED);
    }

    @Test
    void a_unit_heads_own_request_is_approved_at_their_step_by_its_submission_and_goes_on_along_the_chain() {
        ChangeRequest submitted = submitted(a, "a-head", "Своё предложение руководителя", 0);
        assertThat(submitted.status()).isEqualTo(ChangeStatus.IN_APPROVAL);
        assertThat(submitted.currentStep()).isEqualTo(2);
        assertThat(submitted.decisions()).singleElement().satisfies(d -> {
            assertThat(d.step()).isEqualTo(1);
            assertThat(d.kind()).isEqualTo(DecisionKind.APPROVED);
            assertThat(d.actorName()).isEqualTo("Ольга Начальникова");
            assertThat(d.bySubmission()).isTrue();
        });
        List<RouteStep> route = as(a.p("a-deputy"), () -> requests.route(submitted));
        assertThat(route.getFirst().state()).isEqualTo(RouteStep.State.DONE);
        assertThat(route.getFirst().seats()).singleElement().satisfies(s -> assertThat(s.approval().bySubmission()).isTrue());
        // the head is also a client-centricity deputy: not for their own request
        assertThat(route.get(2).seats().getFirst().candidates()).extracting(StaffMember::subject).containsExactly("a-cc");
        assertThat(as(a.admin(), () -> audit.recent(20))).filteredOn(e -> submitted.id().equals(e.entityId()))
                .extracting(e -> e.action()).containsSubsequence("APPROVED", "SUBMITTED");

        ChangeRequest step3 = as(a.p("a-deputy"), () -> requests.approve(submitted.number(), submitted.version(), null));
        assertThat(refusal(() -> as(a.p("a-head"), () -> requests.approve(step3.number(), step3.version(), null))))
                .isEqualTo("request.error.own-request");
        ChangeRequest approved = as(a.p("a-cc"), () -> requests.approve(step3.number(), step3.version(), null));
        assertThat(approved.status()).isEqualTo(ChangeStatus.APPROVED);
        ChangeRequest enacted = as(a.p("a-cc"), () -> requests.enact(approved.number(), approved.version(), "7-П", LocalDate.of(2026, 12, 1)));
        assertThat(as(a.p("a-cc"), () -> list.version(enacted.enactedVersion())).approvedBy())
                .contains("Ольга Начальникова (при представлении запроса)").contains("Сергей Курирующий").contains("Елена Ковалёва");
    }

    @Test
    void a_substitute_appointed_for_the_initiator_does_not_decide_the_initiators_request() {
        Substitution forHead = appoint(a, "a-head", "a-standin");
        try {
            ChangeRequest submitted = submitted(a, "a-head", "Предложение отсутствующего руководителя", 1);
            ChangeRequest step3 = as(a.p("a-deputy"), () -> requests.approve(submitted.number(), submitted.version(), null));
            assertThat(step3.currentStep()).isEqualTo(3);
            assertThat(as(a.p("a-standin"), () -> requests.route(step3)).get(2).seats().getFirst().substitutes()).isEmpty();
            assertThat(as(a.p("a-standin"), requests::inbox)).extracting(ChangeRequest::number).doesNotContain(step3.number());
            assertThat(refusal(() -> as(a.p("a-standin"), () -> requests.approve(step3.number(), step3.version(), null))))
                    .isEqualTo("request.error.not-your-step");
            as(a.p("a-head"), () -> requests.withdraw(step3.number(), step3.version()));
        } finally {
            as(a.admin(), () -> substitutions.revoke(forHead.id(), forHead.version()));
        }
    }

    @Test
    void nobody_decides_two_steps_once_through_a_substitute_and_once_in_their_own_name() {
        Substitution forHead = appoint(a, "a-head", "a-standin");
        try {
            ChangeRequest submitted = submitted(a, "a-editor", "Предложение редактора", 2);
            ChangeRequest step2 = as(a.p("a-standin"), () -> requests.approve(submitted.number(), submitted.version(), null));
            assertThat(step2.decisions()).singleElement().satisfies(d -> {
                assertThat(d.onBehalfOf()).isEqualTo("Ольга Начальникова");
                assertThat(d.onBehalfOfIds()).containsExactly("a-head");
            });
            ChangeRequest step3 = as(a.p("a-deputy"), () -> requests.approve(step2.number(), step2.version(), null));
            // step 1 was decided in the head's name: the head does not decide step 3 as a client-centricity deputy
            assertThat(refusal(() -> as(a.p("a-head"), () -> requests.approve(step3.number(), step3.version(), null))))
                    .isEqualTo("request.error.two-steps");
            assertThat(as(a.p("a-head"), () -> requests.route(step3)).get(2).seats().getFirst().candidates())
                    .extracting(StaffMember::subject).containsExactly("a-cc");
            ChangeRequest approved = as(a.p("a-cc"), () -> requests.approve(step3.number(), step3.version(), null));
            assertThat(approved.status()).isEqualTo(ChangeStatus.APPROVED);
            as(a.p("a-editor"), () -> requests.withdraw(approved.number(), approved.version()));
        } finally {
            as(a.admin(), () -> substitutions.revoke(forHead.id(), forHead.version()));
        }
    }

    @Test
    void a_request_whose_route_has_a_step_nobody_may_decide_is_refused_at_submission_and_the_admin_is_warned() {
        ChangeRequest draft = drafted(b, "b-editor", "Предложение единственного заместителя", 0);
        var refused = catchThrowableOfType(InvalidTransitionException.class,
                () -> as(b.p("b-editor"), () -> requests.submit(draft.number(), draft.version())));
        assertThat(refused.messageKey()).isEqualTo("request.error.undecidable-step");
        assertThat(refused.arguments()).startsWith(2);
        ChangeRequest unchanged = as(b.p("b-editor"), () -> requests.get(draft.number()));
        assertThat(unchanged.status()).isEqualTo(ChangeStatus.DRAFT);
        assertThat(unchanged.decisions()).isEmpty();
        assertThat(unchanged.version()).isEqualTo(draft.version());

        ApprovalChain current = as(b.admin(), () -> chains.current()).orElseThrow();
        ApprovalChainDraft chain = new ApprovalChainDraft(current.steps().stream().map(ApprovalStep::toDraft).toList(), false, false);
        assertThat(as(b.admin(), () -> chains.warnings(chain))).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(ChainWarning.Kind.INITIATOR_ONLY);
            assertThat(w.steps()).containsExactly(2);
            assertThat(w.person()).isEqualTo("Борис Единственный");
            assertThat(w.processes()).containsExactly(b.process().name());
        });

        // the head's own request passes: the submission is the head's approval, the deputy decides step 2
        ChangeRequest head = submitted(b, "b-head", "Предложение руководителя", 1);
        assertThat(head.currentStep()).isEqualTo(2);
        assertThat(as(b.p("b-editor"), () -> requests.approve(head.number(), head.version(), null)).status())
                .isEqualTo(ChangeStatus.APPROVED);
    }

    @Test
    void the_scan_of_an_enacted_request_is_never_replaced_and_a_correction_keeps_the_earlier_one() {
        byte[] first = "%PDF-1.7 приказ 8-П".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] second = "%PDF-1.7 приказ 8-П, исправленный скан".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ChangeRequest submitted = submitted(a, "a-head", "Предложение со сканом", 3);
        ChangeRequest step3 = as(a.p("a-deputy"), () -> requests.approve(submitted.number(), submitted.version(), null));
        ChangeRequest approved = as(a.p("a-cc"), () -> requests.approve(step3.number(), step3.version(), null));
        ChangeRequest enacted = as(a.p("a-cc"), () -> requests.enact(approved.number(), approved.version(), "8-П",
                LocalDate.of(2026, 12, 1), "Приказ 8-П.pdf", first));

        assertThat(refusal(() -> as(a.p("a-cc"), () -> requests.attachActScan(enacted.number(), enacted.version(), "другой.pdf",
                second)))).isEqualTo("request.error.scan-final");
        var noReason = catchThrowableOfType(ru.perechen.catalog.InvalidConfigurationException.class, () -> as(a.p("a-cc"),
                () -> requests.correctActScan(enacted.number(), enacted.version(), "другой.pdf", second, " ")));
        assertThat(noReason.messageKey()).isEqualTo("request.error.correction-reason-required");

        ChangeRequest corrected = as(a.p("a-cc"), () -> requests.correctActScan(enacted.number(), enacted.version(),
                "Приказ 8-П (исправлен).pdf", second, "Скан был неполным: нет второй страницы"));
        assertThat(as(a.p("a-cc"), () -> requests.actScans(corrected.number()))).satisfiesExactly(
                s -> {
                    assertThat(s.number()).isEqualTo(1);
                    assertThat(s.fileName()).isEqualTo("Приказ 8-П.pdf");
                    assertThat(s.correctionReason()).isNull();
                },
                s -> {
                    assertThat(s.number()).isEqualTo(2);
                    assertThat(s.correctionReason()).isEqualTo("Скан был неполным: нет второй страницы");
                });
        assertThat(as(a.p("a-cc"), () -> requests.actScanFile(corrected.number(), 1)).orElseThrow().content()).isEqualTo(first);
        assertThat(as(a.p("a-cc"), () -> requests.actScanFile(corrected.number())).orElseThrow().content()).isEqualTo(second);
        assertThat(as(a.admin(), () -> audit.recent(20))).filteredOn(e -> corrected.id().equals(e.entityId()))
                .extracting(e -> e.action()).contains("ACT_SCAN_CORRECTED", "ENACTED");
    }

    record Person(String name, Set<Role> roles) {
    }

    private Agency agency(AgencyId id, Map<String, Person> people, String head, String deputy, Set<String> members,
                          List<ApprovalStepDraft> steps) {
        TenantPrincipal admin = person(id, id.value() + "-admin", "Администратор", Role.TENANT_ADMIN);
        Map<String, TenantPrincipal> principals = new HashMap<>();
        Map<String, StaffMember> recorded = new HashMap<>();
        people.forEach((subject, p) -> {
            principals.put(subject, person(id, subject, p.name(), p.roles().toArray(Role[]::new)));
            recorded.put(subject, as(admin, () -> staff.recordSignIn(subject, p.name(), null, p.roles())));
        });
        var unit = as(admin, () -> units.create(new OrgUnitDraft("Отдел", null, recorded.get(head).id(),
                deputy == null ? null : recorded.get(deputy).id(),
                members.stream().map(m -> recorded.get(m).id()).collect(java.util.stream.Collectors.toSet()))));
        as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.APPEALS));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            templates.applyPreset(ListTemplateDraft.methodology());
            return chains.save(null, new ApprovalChainDraft(steps, false, false));
        });
        AgencyProcess process = as(admin, () -> registry.create(new ProcessDraft("Рассмотрение обращений граждан",
                as(admin, groups::list).getFirst().id(), ProcessKind.APPEALS, false, Set.of(unit.id()), List.of(), null, null)));
        List<java.util.UUID> places = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            places.add(as(admin, () -> touchpoints.create(new TouchpointDraft("Телефон № " + (n + 1), null, ChannelType.PHONE,
                    "+7 383 000-00-0" + n, null, null))).id());
        }
        return new Agency(id, admin, principals, recorded, process, places, as(admin, needs::list).getFirst().id());
    }

    private ChangeRequest drafted(Agency agency, String initiator, String title, int touchpoint) {
        TenantPrincipal who = agency.p(initiator);
        ChangeRequest draft = as(who, () -> requests.create(title));
        return as(who, () -> requests.addRow(draft.number(), draft.version(), new RowContent(agency.process().id(), null,
                agency.touchpoints().get(touchpoint), List.of(new NeedInteraction(agency.need(), "Консультация")), null, null, null)));
    }

    private ChangeRequest submitted(Agency agency, String initiator, String title, int touchpoint) {
        ChangeRequest draft = drafted(agency, initiator, title, touchpoint);
        return as(agency.p(initiator), () -> requests.submit(draft.number(), draft.version()));
    }

    private Substitution appoint(Agency agency, String absent, String substitute) {
        return as(agency.admin(), () -> substitutions.appoint(agency.staff().get(absent).id(), agency.staff().get(substitute).id(),
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), "Отпуск"));
    }

    private static String refusal(Runnable action) {
        return catchThrowableOfType(InvalidTransitionException.class, action::run).messageKey();
    }
}
