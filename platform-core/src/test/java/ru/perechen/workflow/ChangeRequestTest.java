package ru.perechen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.register.EntryNeed;
import ru.perechen.register.ListConflictException;
import ru.perechen.register.ListDiff;
import ru.perechen.register.ListField;
import ru.perechen.register.ListFilter;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListRule;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Change requests through the 000 chain (unit head → supervising deputy → cc-deputy) on an agency of
 * two units, each with its head and its editor, and one supervising deputy over both.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeRequestTest {

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
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    AgencyId agency;
    AgencyId other;
    TenantPrincipal admin;
    TenantPrincipal editor;
    TenantPrincipal tradeEditor;
    TenantPrincipal head;
    TenantPrincipal tradeHead;
    TenantPrincipal deputy;
    TenantPrincipal cc;
    OrgUnit industry;
    OrgUnit trade;
    AgencyProcess subsidies;
    AgencyProcess licensing;
    AgencyProcess shared;
    Touchpoint site;
    Touchpoint phone;
    Touchpoint reception;
    ClientNeed information;
    ClientNeed consultation;

    @BeforeAll
    void an_agency_with_the_000_chain() {
        var agencies = ru.perechen.coretest.TestAgencies.register(directory, "95", "Тестовая область запросов", "cr", "З");
        agency = agencies.agency();
        other = agencies.other();
        admin = person(agency, "cr-admin", "Анна Админова", Role.TENANT_ADMIN);
        editor = person(agency, "cr-editor", "Иван Редакторов", Role.EDITOR);
        tradeEditor = person(agency, "cr-trade-editor", "Пётр Торговый", Role.EDITOR);
        head = person(agency, "cr-head", "Ольга Начальникова", Role.UNIT_HEAD);
        tradeHead = person(agency, "cr-trade-head", "Пётр Торговцев", Role.UNIT_HEAD);
        deputy = person(agency, "cr-deputy", "Сергей Курирующий", Role.SUPERVISING_DEPUTY);
        cc = person(agency, "cr-cc", "Елена Ковалёва", Role.CC_DEPUTY);
        Map<String, StaffMember> people = new java.util.HashMap<>();
        for (TenantPrincipal p : List.of(admin, editor, tradeEditor, head, tradeHead, deputy, cc)) {
            people.put(p.actorId(), as(admin, () -> staff.recordSignIn(p.actorId(), p.actorName(), null, p.roles())));
        }
        industry = as(admin, () -> units.create(new OrgUnitDraft("Отдел развития промышленности", null,
                people.get("cr-head").id(), people.get("cr-deputy").id(), Set.of(people.get("cr-editor").id()))));
        trade = as(admin, () -> units.create(new OrgUnitDraft("Отдел торговли", null, people.get("cr-trade-head").id(),
                people.get("cr-deputy").id(), Set.of(people.get("cr-trade-editor").id()))));
        as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES, DefaultProcessGroup.PUBLIC_SERVICES));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            templates.applyPreset(ListTemplateDraft.methodology());
            return chains.save(null, new ApprovalChainDraft(List.of(ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3),
                    ApprovalStepDraft.of(ApproverRule.SUPERVISING_DEPUTY, 3), ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 3)),
                    false, true));
        });
        var groupList = as(admin, groups::list);
        subsidies = as(admin, () -> registry.create(new ProcessDraft("Предоставление субсидий промышленным предприятиям",
                groupList.get(0).id(), ProcessKind.SUPPORT_MEASURE, false, Set.of(industry.id()), List.of(), null, null)));
        licensing = as(admin, () -> registry.create(new ProcessDraft("Лицензирование розничной продажи алкогольной продукции",
                groupList.get(1).id(), ProcessKind.PUBLIC_SERVICE, false, Set.of(trade.id()), List.of(), null, null)));
        shared = as(admin, () -> registry.create(new ProcessDraft("Консультирование предпринимателей",
                groupList.get(0).id(), ProcessKind.SUPPORT_MEASURE, false, Set.of(industry.id(), trade.id()), List.of(), null, null)));
        site = as(admin, () -> touchpoints.create(new TouchpointDraft("Официальный сайт", null, ChannelType.SITE,
                "https://mz.example.ru", null, "Положение о министерстве")));
        phone = as(admin, () -> touchpoints.create(new TouchpointDraft("Телефон приемной", null, ChannelType.PHONE,
                "+7 383 000-00-00", null, null)));
        reception = as(admin, () -> touchpoints.create(new TouchpointDraft("Личный прием", null, ChannelType.RECEPTION,
                "по записи", null, null)));
        List<ClientNeed> needList = as(admin, needs::list);
        information = needList.get(0);
        consultation = needList.get(1);
    }

    @Test
    void a_request_walks_the_three_steps_with_three_people_and_is_enacted_as_a_new_version() {
        int before = as(cc, list::currentNumber);
        ChangeRequest draft = as(editor, () -> requests.create("Сайт для субсидий"));
        assertThat(draft.status()).isEqualTo(ChangeStatus.DRAFT);
        assertThat(draft.unitName()).isEqualTo("Отдел развития промышленности");
        ChangeRequest withRow = as(editor, () -> requests.addRow(draft.number(), draft.version(), row(subsidies, null, site,
                information, "Размещение порядка предоставления субсидии")));
        assertThat(withRow.items()).hasSize(1);

        // the chain requires the explanatory note
        var noNote = catchThrowableOfType(InvalidConfigurationException.class,
                () -> as(editor, () -> requests.submit(withRow.number(), withRow.version())));
        assertThat(noNote.messageKey()).isEqualTo("request.error.note-required");
        ChangeRequest described = as(editor, () -> requests.describe(withRow.number(), withRow.version(), withRow.title(),
                "Субсидия предоставляется с 2026 года; сведения размещаются на сайте"));
        ChangeRequest submitted = as(editor, () -> requests.submit(described.number(), described.version()));
        assertThat(submitted.status()).isEqualTo(ChangeStatus.IN_APPROVAL);
        assertThat(submitted.currentStep()).isEqualTo(1);
        assertThat(as(head, requests::inbox)).extracting(ChangeRequest::number).contains(submitted.number());
        assertThat(as(cc, requests::inbox)).extracting(ChangeRequest::number).doesNotContain(submitted.number());

        assertThat(refusal(() -> as(editor, () -> requests.approve(submitted.number(), submitted.version(), null))))
                .isEqualTo("request.error.own-request");
        assertThat(refusal(() -> as(cc, () -> requests.approve(submitted.number(), submitted.version(), null))))
                .isEqualTo("request.error.not-your-step");
        assertThat(refusal(() -> as(tradeHead, () -> requests.approve(submitted.number(), submitted.version(), null))))
                .isEqualTo("request.error.not-your-step");

        ChangeRequest step2 = as(head, () -> requests.approve(submitted.number(), submitted.version(), "Согласовано"));
        assertThat(step2.currentStep()).isEqualTo(2);
        assertThat(refusal(() -> as(head, () -> requests.approve(step2.number(), step2.version(), null))))
                .isEqualTo("request.error.two-steps");
        ChangeRequest step3 = as(deputy, () -> requests.approve(step2.number(), step2.version(), null));
        assertThat(step3.currentStep()).isEqualTo(3);
        assertThat(refusal(() -> as(cc, () -> requests.enact(step3.number(), step3.version(), null, null))))
                .isEqualTo("request.error.not-approved");
        ChangeRequest approved = as(cc, () -> requests.approve(step3.number(), step3.version(), null));
        assertThat(approved.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(refusal(() -> as(cc, () -> requests.approve(approved.number(), approved.version(), null))))
                .isEqualTo("request.error.not-in-approval");

        ChangeRequest enacted = as(cc, () -> requests.enact(approved.number(), approved.version(), null, null));
        assertThat(enacted.status()).isEqualTo(ChangeStatus.ENACTED);
        assertThat(enacted.enactedVersion()).isEqualTo(before + 1);
        assertThat(as(viewer(), () -> list.version(before + 1).requestNumber())).isEqualTo(enacted.number());
        List<ListRow> rows = as(viewer(), () -> list.allRows(before + 1));
        assertThat(rows).filteredOn(r -> r.processId().equals(subsidies.id()) && r.touchpointId().equals(site.id()))
                .singleElement().satisfies(r -> {
                    assertThat(r.unitName()).isEqualTo("Отдел развития промышленности");
                    assertThat(r.needs()).extracting(n -> n.name() + " — " + n.interaction())
                            .containsExactly(information.name() + " — Размещение порядка предоставления субсидии");
                });
        assertThat(refusal(() -> as(cc, () -> requests.enact(enacted.number(), enacted.version(), null, null))))
                .isEqualTo("request.error.not-approved");
        assertThat(as(admin, () -> audit.recent(200))).filteredOn(e -> e.entityId().equals(enacted.id()))
                .extracting(e -> e.action())
                .containsExactly("ENACTED", "APPROVED", "APPROVED", "APPROVED", "SUBMITTED", "DESCRIBED", "ROW_ADDED", "CREATED");
    }

    @Test
    void a_returned_request_is_revised_and_submitted_again_from_the_first_step_and_a_rejected_one_is_closed() {
        ChangeRequest submitted = submittedRequest(editor, "Телефон для субсидий", row(subsidies, null, phone, consultation, null));
        assertThat(refusal2(() -> as(head, () -> requests.returnForRevision(submitted.number(), submitted.version(), " "))))
                .isEqualTo("request.error.comment-required");
        ChangeRequest returned = as(head, () -> requests.returnForRevision(submitted.number(), submitted.version(),
                "Укажите часы приема звонков"));
        assertThat(returned.status()).isEqualTo(ChangeStatus.RETURNED);
        UUID key = returned.items().getFirst().entryKey();
        ChangeRequest revised = as(editor, () -> requests.removeItem(returned.number(), returned.version(),
                returned.items().getFirst().id()));
        ChangeRequest again = as(editor, () -> requests.addRow(revised.number(), revised.version(),
                row(subsidies, null, phone, consultation, "Консультации по телефону пн–пт 9:00–18:00")));
        ChangeRequest resubmitted = as(editor, () -> requests.submit(again.number(), again.version()));
        assertThat(resubmitted.round()).isEqualTo(2);
        assertThat(resubmitted.currentStep()).isEqualTo(1);
        assertThat(resubmitted.items().getFirst().entryKey()).isNotEqualTo(key);

        ChangeRequest rejected = as(head, () -> requests.reject(resubmitted.number(), resubmitted.version(),
                "Телефон приемной не консультирует по субсидиям"));
        assertThat(rejected.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(rejected.closedAt()).isNotNull();
        assertThat(refusal(() -> as(editor, () -> requests.submit(rejected.number(), rejected.version()))))
                .isEqualTo("request.error.not-editable");
    }

    @Test
    void a_request_about_a_process_of_two_units_needs_both_unit_heads() {
        ChangeRequest submitted = submittedRequest(editor, "Консультации",
                row(shared, industry.id(), reception, consultation, null), row(shared, trade.id(), reception, consultation, null));
        List<RouteStep> route = as(head, () -> requests.route(submitted));
        assertThat(route.getFirst().seats()).extracting(RouteStep.SeatState::unitName)
                .containsExactlyInAnyOrder("Отдел развития промышленности", "Отдел торговли");
        ChangeRequest one = as(head, () -> requests.approve(submitted.number(), submitted.version(), null));
        assertThat(one.currentStep()).isEqualTo(1);
        assertThat(as(head, requests::inbox)).extracting(ChangeRequest::number).doesNotContain(one.number());
        ChangeRequest both = as(tradeHead, () -> requests.approve(one.number(), one.version(), null));
        assertThat(both.currentStep()).isEqualTo(2);
    }

    @Test
    void only_people_of_the_unit_that_runs_the_process_draft_its_rows_and_a_viewer_drafts_nothing() {
        ChangeRequest draft = as(tradeEditor, () -> requests.create("Чужой процесс"));
        assertThatThrownBy(() -> as(tradeEditor, () -> requests.addRow(draft.number(), draft.version(),
                row(subsidies, null, site, information, null)))).isInstanceOf(AccessDeniedToTenantException.class);
        assertThat(as(tradeEditor, () -> requests.get(draft.number())).items()).isEmpty();
        assertThatThrownBy(() -> as(viewer(), () -> requests.create("Просмотр"))).isInstanceOf(AccessDeniedToTenantException.class);
        assertThat(refusal(() -> as(editor, () -> requests.describe(draft.number(), draft.version(), "Моё", null))))
                .isEqualTo("request.error.not-initiator");
    }

    @Test
    void a_row_without_needs_is_refused_and_a_touchpoint_twice_in_a_process_cannot_be_submitted() {
        ChangeRequest draft = as(tradeEditor, () -> requests.create("Лицензирование"));
        var noNeeds = catchThrowableOfType(InvalidConfigurationException.class, () -> as(tradeEditor, () -> requests.addRow(
                draft.number(), draft.version(), new RowContent(licensing.id(), null, site.id(), List.of(), null, null, null))));
        assertThat(noNeeds.messageKey()).isEqualTo("list.error.needs-required");
        assertThat(noNeeds.field()).isEqualTo("needs");

        ChangeRequest one = as(tradeEditor, () -> requests.addRow(draft.number(), draft.version(),
                row(licensing, null, reception, information, null)));
        ChangeRequest two = as(tradeEditor, () -> requests.addRow(one.number(), one.version(),
                row(licensing, null, reception, consultation, null)));
        ChangeRequest noted = as(tradeEditor, () -> requests.describe(two.number(), two.version(), two.title(), "Прием заявлений"));
        ListService.DraftPreview preview = as(tradeEditor, () -> requests.preview(noted));
        assertThat(preview.introducedErrors()).extracting(f -> f.rule()).contains(ListRule.DUPLICATE_TOUCHPOINT);
        assertThat(refusal(() -> as(tradeEditor, () -> requests.submit(noted.number(), noted.version()))))
                .isEqualTo("request.error.rule");
        assertThat(as(tradeEditor, () -> requests.get(noted.number())).status()).isEqualTo(ChangeStatus.DRAFT);
    }

    @Test
    void a_row_modified_by_another_enacted_request_conflicts_and_the_draft_is_rebased_while_unrelated_requests_both_enact() {
        ListRow base = enactedRow(editor, row(subsidies, null, reception, information, "Прием документов"));
        ChangeRequest first = as(editor, () -> requests.create("Часы приема"));
        ChangeRequest second = as(editor, () -> requests.create("Консультации на приеме"));
        ChangeRequest unrelated = as(tradeEditor, () -> requests.create("Сайт для лицензирования"));
        ChangeRequest f = as(editor, () -> requests.modifyRow(first.number(), first.version(), base.entryKey(),
                row(subsidies, null, reception, information, "Прием документов по вторникам")));
        ChangeRequest s = as(editor, () -> requests.modifyRow(second.number(), second.version(), base.entryKey(),
                row(subsidies, null, reception, consultation, "Консультирование на приеме")));
        ChangeRequest u = as(tradeEditor, () -> requests.addRow(unrelated.number(), unrelated.version(),
                row(licensing, null, site, information, null)));
        assertThat(as(editor, () -> requests.overlapping(s))).extracting(ChangeRequest::number).containsExactly(f.number());

        ChangeRequest firstDone = approveAll(submit(editor, f));
        ChangeRequest secondApproved = approveAll(submit(editor, s));
        ChangeRequest unrelatedApproved = approveAll(submit(tradeEditor, u));
        as(cc, () -> requests.enact(firstDone.number(), firstDone.version(), null, null));

        var conflict = catchThrowableOfType(ListConflictException.class,
                () -> as(cc, () -> requests.enact(secondApproved.number(), secondApproved.version(), null, null)));
        assertThat(conflict.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ListConflictException.Kind.ROW_CHANGED);
            assertThat(c.description()).isEqualTo("Предоставление субсидий промышленным предприятиям (Отдел развития промышленности) — Личный прием");
        });
        assertThat(as(editor, () -> requests.get(secondApproved.number())).status()).isEqualTo(ChangeStatus.APPROVED);

        ChangeRequest enactedUnrelated = as(cc, () -> requests.enact(unrelatedApproved.number(), unrelatedApproved.version(), null, null));
        assertThat(enactedUnrelated.status()).isEqualTo(ChangeStatus.ENACTED);

        ChangeRequest rebased = as(editor, () -> requests.rebase(secondApproved.number(), secondApproved.version()));
        assertThat(rebased.status()).isEqualTo(ChangeStatus.DRAFT);
        ChangeRequest again = approveAll(submit(editor, rebased));
        ChangeRequest enacted = as(cc, () -> requests.enact(again.number(), again.version(), null, null));
        ListDiff diff = as(viewer(), () -> list.diff(enacted.enactedVersion() - 1, enacted.enactedVersion()));
        assertThat(diff.rows()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ListDiff.Kind.CHANGED);
            assertThat(d.cells()).extracting(ListDiff.CellChange::field).containsExactly(ListField.NEEDS);
            assertThat(d.cells().getFirst().before()).isEqualTo(information.name() + " — Прием документов по вторникам");
            assertThat(d.cells().getFirst().after()).isEqualTo(consultation.name() + " — Консультирование на приеме");
        });
    }

    @Test
    void two_approvers_acting_at_once_on_one_version_of_a_request_do_not_both_succeed() throws Exception {
        ChangeRequest submitted = submittedRequest(editor, "Две руки", row(shared, industry.id(), site, information, null),
                row(shared, trade.id(), site, information, null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = pool.invokeAll(List.<Callable<Object>>of(
                    () -> attempt(() -> as(head, () -> requests.approve(submitted.number(), submitted.version(), null))),
                    () -> attempt(() -> as(tradeHead, () -> requests.approve(submitted.number(), submitted.version(), null)))));
            long won = 0;
            for (Future<Object> r : results) {
                Object outcome = r.get();
                if (outcome instanceof ChangeRequest) {
                    won++;
                } else {
                    assertThat(outcome).isInstanceOf(OptimisticLockingFailureException.class);
                }
            }
            assertThat(won).isEqualTo(1L);
            ChangeRequest now = as(head, () -> requests.get(submitted.number()));
            assertThat(now.decisions()).hasSize((int) won);
            assertThat(now.version()).isGreaterThan(submitted.version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void two_requests_changing_one_row_enacted_at_the_same_moment_one_wins_and_the_other_is_refused_with_the_row()
            throws Exception {
        ListRow base = enactedRow(editor, row(shared, industry.id(), phone, information, "Консультации по телефону"));
        ChangeRequest first = approveAll(submit(editor, modifying(base, "Часы звонков", "Консультации по телефону пн–чт")));
        ChangeRequest second = approveAll(submit(editor, modifying(base, "Другие часы звонков", "Консультации по телефону пт")));
        int before = as(viewer(), list::currentNumber);

        // both start together; the first has enacted but not committed when the second enacts, the
        // interleaving in which both read the same version in force
        CyclicBarrier start = new CyclicBarrier(2);
        CountDownLatch firstEnacted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> winner = pool.submit(() -> attempt(() -> {
                await(start);
                return as(cc, () -> new TransactionTemplate(transactions).execute(status -> {
                    ChangeRequest enacted = requests.enact(first.number(), first.version(), null, null);
                    firstEnacted.countDown();
                    awaitAnotherTransactionWaitingForALock();
                    return enacted;
                }));
            }));
            Future<Object> loser = pool.submit(() -> attempt(() -> {
                await(start);
                awaitQuietly(firstEnacted);
                return as(cc, () -> requests.enact(second.number(), second.version(), null, null));
            }));

            assertThat(winner.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(ChangeRequest.class,
                    r -> assertThat(r.enactedVersion()).isEqualTo(before + 1));
            assertThat(loser.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(ListConflictException.class,
                    conflict -> assertThat(conflict.conflicts()).singleElement().satisfies(c -> {
                        assertThat(c.kind()).isEqualTo(ListConflictException.Kind.ROW_CHANGED);
                        assertThat(c.description()).isEqualTo("Консультирование предпринимателей (Отдел развития промышленности) — Телефон приемной");
                        assertThat(c.changedIn()).isEqualTo(before + 1);
                    }));
        } finally {
            pool.shutdownNow();
        }
        assertThat(as(viewer(), list::currentNumber)).isEqualTo(before + 1);
        assertThat(as(viewer(), () -> list.currentRows(List.of(base.entryKey())).get(base.entryKey())).needs())
                .extracting(EntryNeed::interaction).containsExactly("Консультации по телефону пн–чт");
        assertThat(as(editor, () -> requests.get(second.number())).status()).isEqualTo(ChangeStatus.APPROVED);
    }

    private ChangeRequest modifying(ListRow base, String title, String interaction) {
        ChangeRequest draft = as(editor, () -> requests.create(title));
        return as(editor, () -> requests.modifyRow(draft.number(), draft.version(), base.entryKey(),
                row(shared, industry.id(), phone, information, interaction)));
    }

    /** Holds the caller's transaction open until another session waits for a lock (or five seconds pass). */
    private void awaitAnotherTransactionWaitingForALock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                + "and datname = current_database()").query(Long.class).single() == 0) {
            sleep(20);
        }
    }

    @Test
    void the_signed_scan_of_the_order_must_be_a_pdf_and_is_kept_with_the_request_and_the_approvals_with_the_version() {
        ChangeRequest approved = approveAll(submittedRequest(tradeEditor, "Приказ со сканом",
                row(licensing, null, reception, information, "Прием заявлений о выдаче лицензии")));
        var notPdf = catchThrowableOfType(InvalidConfigurationException.class, () -> as(cc, () -> requests.enact(approved.number(),
                approved.version(), "17", LocalDate.of(2026, 11, 30), "prikaz.docx", "PK\u0003\u0004 word".getBytes())));
        assertThat(notPdf.messageKey()).isEqualTo("request.error.scan-not-pdf");
        assertThat(as(cc, () -> requests.get(approved.number())).status()).isEqualTo(ChangeStatus.APPROVED);
        byte[] pdf = "%PDF-1.7\n% приказ № 17\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ChangeRequest enacted = as(cc, () -> requests.enact(approved.number(), approved.version(), "17", LocalDate.of(2026, 11, 30),
                "Приказ 17.pdf", pdf));
        assertThat(as(viewer(), () -> requests.actScanFile(enacted.number())).orElseThrow())
                .satisfies(s -> {
                    assertThat(s.fileName()).isEqualTo("Приказ 17.pdf");
                    assertThat(s.content()).isEqualTo(pdf);
                });
        assertThat(as(viewer(), () -> list.version(enacted.enactedVersion())).approvedBy())
                .contains("Пётр Торговцев, ").contains("Сергей Курирующий, ").contains("Елена Ковалёва, ");
        assertThat(refusal(() -> as(viewer(), () -> requests.attachActScan(enacted.number(), enacted.version(), "x.pdf", pdf))))
                .isEqualTo("request.error.may-not-enact");
    }

    @Test
    void a_substitute_appointed_by_the_admin_decides_for_the_absent_head_and_the_decision_says_for_whom() {
        StaffMember headPerson = as(admin, staff::list).stream().filter(m -> m.subject().equals("cr-head")).findFirst().orElseThrow();
        StaffMember standIn = as(admin, staff::list).stream().filter(m -> m.subject().equals("cr-trade-head")).findFirst().orElseThrow();
        var same = catchThrowableOfType(InvalidConfigurationException.class, () -> as(admin, () -> substitutions.appoint(
                headPerson.id(), headPerson.id(), LocalDate.now(), LocalDate.now().plusDays(5), null)));
        assertThat(same.messageKey()).isEqualTo("substitution.error.same-person");
        assertThatThrownBy(() -> as(editor, () -> substitutions.appoint(headPerson.id(), standIn.id(), LocalDate.now(),
                LocalDate.now().plusDays(5), null))).isInstanceOf(AccessDeniedToTenantException.class);
        Substitution appointed = as(admin, () -> substitutions.appoint(headPerson.id(), standIn.id(), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(10), "Отпуск"));
        try {
            ChangeRequest submitted = submittedRequest(editor, "Замещение", row(subsidies, null, phone, consultation, "По телефону"));
            assertThat(as(tradeHead, requests::inbox)).extracting(ChangeRequest::number).contains(submitted.number());
            ChangeRequest step2 = as(tradeHead, () -> requests.approve(submitted.number(), submitted.version(), null));
            assertThat(step2.currentStep()).isEqualTo(2);
            assertThat(step2.decisions()).singleElement().satisfies(d -> {
                assertThat(d.actorName()).isEqualTo("Пётр Торговцев");
                assertThat(d.onBehalfOf()).isEqualTo("Ольга Начальникова");
            });
            as(editor, () -> requests.withdraw(step2.number(), step2.version()));
        } finally {
            as(admin, () -> substitutions.revoke(appointed.id(), appointed.version()));
        }
        assertThat(as(admin, substitutions::activeToday)).isEmpty();
    }

    @Test
    void refused_transitions_change_nothing() {
        ChangeRequest draft = as(editor, () -> requests.create("Отказы"));
        assertThat(refusal(() -> as(editor, () -> requests.submit(draft.number(), draft.version())))).isEqualTo("request.error.no-items");
        assertThat(refusal(() -> as(head, () -> requests.returnForRevision(draft.number(), draft.version(), "Нет"))))
                .isEqualTo("request.error.not-in-approval");
        ChangeRequest withdrawn = as(editor, () -> requests.withdraw(draft.number(), draft.version()));
        assertThat(refusal(() -> as(editor, () -> requests.withdraw(withdrawn.number(), withdrawn.version()))))
                .isEqualTo("request.error.closed");
        assertThat(refusal(() -> as(editor, () -> requests.addRow(withdrawn.number(), withdrawn.version(),
                row(subsidies, null, site, information, null))))).isEqualTo("request.error.not-editable");
        assertThatThrownBy(() -> as(editor, () -> requests.describe(withdrawn.number(), withdrawn.version() - 1, "x", null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(editor, () -> requests.get(withdrawn.number())).version()).isEqualTo(withdrawn.version());
    }

    @Test
    void the_current_list_is_filtered_by_unit_kind_need_and_words() {
        enactedRow(tradeEditor, row(licensing, null, phone, consultation, "Разъяснение порядка получения лицензии"));
        int current = as(viewer(), list::currentNumber);
        assertThat(as(viewer(), () -> list.rows(current, new ListFilter(trade.id(), null, null, null, "лицензии", null), 0, 50)))
                .extracting(ListRow::touchpointName).contains("Телефон приемной");
        assertThat(as(viewer(), () -> list.count(current, new ListFilter(null, null, null, null, "лицензии   порядка", null))))
                .isPositive();
        assertThat(as(viewer(), () -> list.count(current, new ListFilter(null, null, null, null, "несуществующее", null)))).isZero();
        assertThat(as(viewer(), () -> list.rows(current, new ListFilter(null, null, null, consultation.id(), null, null), 0, 50)))
                .allSatisfy(r -> assertThat(r.needs()).extracting(n -> n.needId()).contains(consultation.id()));
    }

    @Test
    void another_agency_sees_none_of_the_requests_versions_or_rows_and_every_tenant_table_has_forced_row_level_security() {
        submittedRequest(editor, "Для изоляции", row(subsidies, null, phone, information, null));
        TenantPrincipal stranger = person(other, "cr-stranger", "Чужой", Role.TENANT_ADMIN);
        assertThat(as(stranger, requests::all)).isEmpty();
        assertThat(as(stranger, list::versions)).isEmpty();
        assertThat(as(stranger, () -> list.allRows(1))).isEmpty();
        assertThat(refusal2(() -> as(stranger, () -> requests.get(1)))).isEqualTo("request.error.not-found");
        // native SQL as the application role, without a tenant: row-level security alone shows nothing
        assertThat(jdbc.sql("select count(*) from change_request").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from list_entry").query(Long.class).single()).isZero();
        List<String> unprotected = jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r'
                  and exists (select 1 from information_schema.columns k where k.table_name = c.relname and k.column_name = 'agency_id')
                  and not (c.relrowsecurity and c.relforcerowsecurity)""").query(String.class).list();
        assertThat(unprotected).isEmpty();
        // versions and decisions cannot be changed by the application, and a closed revision cannot be reopened
        assertThatThrownBy(() -> jdbc.sql("update list_version set row_count = 0").update())
                .hasRootCauseMessage("ERROR: permission denied for table list_version");
        assertThatThrownBy(() -> jdbc.sql("update list_entry set process_name = 'x'").update())
                .hasRootCauseMessage("ERROR: permission denied for table list_entry");
        assertThatThrownBy(() -> jdbc.sql("delete from approval_decision").update())
                .hasRootCauseMessage("ERROR: permission denied for table approval_decision");
    }

    // ---- helpers

    private TenantPrincipal viewer() {
        return person(agency, "cr-viewer", "Мария Наблюдаева", Role.VIEWER);
    }

    private RowContent row(AgencyProcess process, UUID unit, Touchpoint touchpoint, ClientNeed need, String interaction) {
        return new RowContent(process.id(), unit, touchpoint.id(), List.of(new NeedInteraction(need.id(), interaction)), null, null, null);
    }

    private ChangeRequest submittedRequest(TenantPrincipal initiator, String title, RowContent... rows) {
        ChangeRequest r = as(initiator, () -> requests.create(title));
        for (RowContent content : rows) {
            ChangeRequest current = r;
            r = as(initiator, () -> requests.addRow(current.number(), current.version(), content));
        }
        return submit(initiator, r);
    }

    private ChangeRequest submit(TenantPrincipal initiator, ChangeRequest r) {
        ChangeRequest noted = as(initiator, () -> requests.describe(r.number(), r.version(), r.title(), "Пояснительная записка: " + r.title()));
        return as(initiator, () -> requests.submit(noted.number(), noted.version()));
    }

    /** Approves every step with whoever may: unit heads, then the deputy, then the cc-deputy. */
    private ChangeRequest approveAll(ChangeRequest r) {
        ChangeRequest current = r;
        while (current.status() == ChangeStatus.IN_APPROVAL) {
            ChangeRequest now = current;
            TenantPrincipal approver = List.of(head, tradeHead, deputy, cc).stream()
                    .filter(p -> as(p, requests::inbox).stream().anyMatch(x -> x.number() == now.number()))
                    .findFirst().orElseThrow();
            current = as(approver, () -> requests.approve(now.number(), now.version(), null));
        }
        return current;
    }

    private ListRow enactedRow(TenantPrincipal initiator, RowContent content) {
        ChangeRequest approved = approveAll(submittedRequest(initiator, "Строка", content));
        ChangeRequest enacted = as(cc, () -> requests.enact(approved.number(), approved.version(), "15-НПА", LocalDate.of(2026, 11, 30)));
        UUID key = enacted.items().getFirst().entryKey();
        return as(viewer(), () -> list.currentRows(List.of(key)).get(key));
    }

    private static String refusal(Runnable action) {
        return catchThrowableOfType(InvalidTransitionException.class, action::run).messageKey();
    }

    private static String refusal2(Runnable action) {
        return catchThrowableOfType(InvalidConfigurationException.class, action::run).messageKey();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object attempt(Supplier<Object> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            return e;
        }
    }
}
