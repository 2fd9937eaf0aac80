package ru.perechen.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.calendar.CalendarService;
import ru.perechen.calendar.CalendarYearMissingException;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.CatalogChanged;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.publication.Publication;
import ru.perechen.publication.PublicationService;
import ru.perechen.publication.PublicationState;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersionEnacted;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.workflow.internal.ChangeRequestEntity;
import ru.perechen.workflow.internal.ChangeRequestRepository;
import ru.perechen.workflow.internal.ReviewTaskEntity;
import ru.perechen.workflow.internal.ReviewTaskRepository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Актуализация: tasks to update the list, opened when its grounds change (a process included in or
 * excluded from the registry, a touchpoint's kind changed, a need retired — 001 §3.3, 003 §15) and
 * when a deadline passes (an approval step, a publication). A task closes by itself when a version
 * addresses it (the process has rows, the excluded process has none, the touchpoint's rows have its
 * new kind, no row keeps the retired need; the step was decided; the version was published), or is
 * dismissed with a written reason.
 */
@Service
public class ReviewTaskService {

    static final String ENTITY = "ReviewTask";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<UUID>> KEYS = new TypeReference<>() { };
    private static final int REASON_MAX = 2000;

    private final ReviewTaskRepository tasks;
    private final ListService list;
    private final ProcessRegistryService registry;
    private final TouchpointService touchpoints;
    private final OrgUnitService units;
    private final ChangeRequestRepository requests;
    private final ru.perechen.workflow.internal.ApprovalDecisionRepository decisions;
    private final ApprovalChainService chains;
    private final ChangeRequestService changeRequests;
    private final PublicationService publications;
    private final CalendarService calendar;
    private final AgencyDirectory directory;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    @SuppressWarnings("java:S107")
    ReviewTaskService(ReviewTaskRepository tasks, ListService list, ProcessRegistryService registry, TouchpointService touchpoints,
                      OrgUnitService units, ChangeRequestRepository requests,
                      ru.perechen.workflow.internal.ApprovalDecisionRepository decisions, ApprovalChainService chains,
                      ChangeRequestService changeRequests,
                      PublicationService publications, CalendarService calendar, AgencyDirectory directory, AuditLog audit, Clock clock,
                      org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.tasks = tasks;
        this.list = list;
        this.registry = registry;
        this.touchpoints = touchpoints;
        this.units = units;
        this.requests = requests;
        this.decisions = decisions;
        this.chains = chains;
        this.changeRequests = changeRequests;
        this.publications = publications;
        this.calendar = calendar;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Act 004: a touchpoint the clients rate under the threshold is to be reviewed (once per touchpoint and quarter). */
    @EventListener
    void on(ru.perechen.feedback.TouchpointSatisfactionLow low) {
        List<UUID> rows = keys(currentRows(), r -> low.touchpointId().equals(r.touchpointId()));
        open(ReviewTask.Reason.SATISFACTION_LOW, low.touchpointName() + " — " + low.quarter() + ": "
                        + String.format(java.util.Locale.ROOT, "%.1f", low.percent()) + " % < " + low.threshold() + " %",
                low.touchpointId(), "satisfaction:" + low.touchpointId() + ":" + low.quarter(), null, rows);
    }

    /** Act 004 §10: a unit's report not signed by its due day is the unit's task, until it is signed. */
    @EventListener
    void on(ru.perechen.feedback.FeedbackReportEvent report) {
        String key = "report:" + report.unitId() + ":" + report.quarter();
        switch (report) {
            case ru.perechen.feedback.FeedbackReportEvent.Overdue o -> open(ReviewTask.Reason.REPORT_OVERDUE,
                    o.unitName() + " — " + o.quarter() + ", срок " + o.dueOn(), o.unitId(), key, o.unitId(), List.of());
            case ru.perechen.feedback.FeedbackReportEvent.Signed s -> resolve(ReviewTask.Reason.REPORT_OVERDUE, key);
            default -> { }
        }
    }

    /** A ground of the list changed: open the task (in the same transaction as the change). */
    @EventListener
    void on(CatalogChanged change) {
        // a process included and then excluded (or the other way round) needs no update for the first change any more
        if (change instanceof CatalogChanged.ProcessExcluded p) {
            resolve(ReviewTask.Reason.PROCESS_INCLUDED, "process:" + p.processId());
        } else if (change instanceof CatalogChanged.ProcessIncluded p) {
            resolve(ReviewTask.Reason.PROCESS_EXCLUDED, "process:" + p.processId());
        }
        switch (change) {
            case CatalogChanged.ProcessIncluded p -> open(ReviewTask.Reason.PROCESS_INCLUDED, p.name(), p.processId(),
                    "process:" + p.processId(), ownerOf(p.processId()), List.of());
            case CatalogChanged.ProcessExcluded p -> {
                List<UUID> concerned = keys(currentRows(), r -> r.processId().equals(p.processId()));
                if (!concerned.isEmpty()) {
                    open(ReviewTask.Reason.PROCESS_EXCLUDED, p.name(), p.processId(), "process:" + p.processId(), ownerOf(p.processId()),
                            concerned);
                }
            }
            case CatalogChanged.TouchpointKindChanged t -> {
                List<UUID> concerned = keys(currentRows(), r -> r.touchpointId().equals(t.touchpointId()));
                if (!concerned.isEmpty()) {
                    open(ReviewTask.Reason.TOUCHPOINT_KIND_CHANGED, t.name(), t.touchpointId(), "touchpoint:" + t.touchpointId(), null,
                            concerned);
                }
            }
            case CatalogChanged.NeedRetired n -> {
                List<UUID> concerned = keys(currentRows(), r -> r.needs().stream().anyMatch(x -> x.needId().equals(n.needId())));
                if (!concerned.isEmpty()) {
                    open(ReviewTask.Reason.NEED_RETIRED, n.name(), n.needId(), "need:" + n.needId(), null, concerned);
                }
            }
        }
    }

    /** A new version: close every open task it addresses. */
    @EventListener
    void on(ListVersionEnacted enacted) {
        List<ListRow> rows = list.allRows(enacted.number());
        Map<UUID, ru.perechen.catalog.Touchpoint> catalogue = touchpoints.list().stream()
                .collect(Collectors.toMap(ru.perechen.catalog.Touchpoint::id, Function.identity()));
        for (ReviewTaskEntity task : tasks.findByStatusOrderByCreatedAtDesc(ReviewTask.Status.OPEN)) {
            UUID subject = task.getSubjectId();
            boolean addressed = switch (task.getReason()) {
                case PROCESS_INCLUDED -> rows.stream().anyMatch(r -> r.processId().equals(subject));
                case PROCESS_EXCLUDED -> rows.stream().noneMatch(r -> r.processId().equals(subject));
                case TOUCHPOINT_KIND_CHANGED -> rows.stream().filter(r -> r.touchpointId().equals(subject))
                        .allMatch(r -> catalogue.get(subject) == null || r.kind() == catalogue.get(subject).kind());
                case NEED_RETIRED -> rows.stream().noneMatch(r -> r.needs().stream().anyMatch(n -> n.needId().equals(subject)));
                // a low rating is answered by the unit, then dismissed with what was done: a new version alone says nothing of it
                case STEP_OVERDUE, PUBLICATION_OVERDUE, SATISFACTION_LOW, REPORT_OVERDUE -> false;
            };
            if (addressed) {
                task.close(clock.instant(), enacted.number(), enacted.requestNumber());
                tasks.save(task);
                audit.record(ENTITY, task.getId(), "CLOSED", task.getSubject() + " — редакция " + enacted.number(), null, null);
            }
        }
    }

    @Transactional(readOnly = true)
    public List<ReviewTask> open() {
        TenantContext.requireAgency();
        Map<UUID, String> unitNames = unitNames();
        return tasks.findByStatusOrderByCreatedAtDesc(ReviewTask.Status.OPEN).stream().map(e -> toRecord(e, unitNames)).toList();
    }

    @Transactional(readOnly = true)
    public List<ReviewTask> all() {
        TenantContext.requireAgency();
        Map<UUID, String> unitNames = unitNames();
        return tasks.findAllByOrderByCreatedAtDesc().stream().map(e -> toRecord(e, unitNames)).toList();
    }

    /** The open tasks of the signed-in person's units, and those that concern every unit: their inbox. */
    @Transactional(readOnly = true)
    public List<ReviewTask> mine() {
        String me = TenantContext.principal().map(TenantPrincipal::actorId).orElse("");
        Set<UUID> mine = units.list().stream().filter(u -> (u.head() != null && me.equals(u.head().subject()))
                || u.members().stream().anyMatch(m -> me.equals(m.subject()))).map(OrgUnit::id).collect(Collectors.toSet());
        boolean everything = TenantContext.principal().map(p -> Access.OVERSIGHT.grantedTo(p.roles())).orElse(false);
        return open().stream().filter(t -> everything || t.unitId() == null || mine.contains(t.unitId())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ReviewTask> find(UUID id) {
        TenantContext.requireAgency();
        return tasks.findById(id).map(e -> toRecord(e, unitNames()));
    }

    /** Dismisses a task that needs no change of the list, with the reason why. */
    @Transactional
    public ReviewTask dismiss(UUID id, long version, String reason) {
        TenantContext.requireAgency();
        Access.REVIEW.require();
        ReviewTaskEntity task = tasks.findById(id).orElseThrow(() -> new InvalidConfigurationException("id", "catalog.error.not-found"));
        if (task.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ReviewTaskEntity.class, id);
        }
        if (task.getStatus() != ReviewTask.Status.OPEN) {
            throw new InvalidTransitionException("review.error.not-open");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new InvalidConfigurationException("reason", "review.error.reason-required");
        }
        if (clean.length() > REASON_MAX) {
            throw new InvalidConfigurationException("reason", "catalog.error.name-too-long", REASON_MAX);
        }
        ReviewTask before = toRecord(task, unitNames());
        task.dismiss(clock.instant(), TenantContext.principal().map(TenantPrincipal::actorName).orElse(AuditLog.SYSTEM), clean);
        ReviewTask after = toRecord(tasks.saveAndFlush(task), unitNames());
        audit.record(ENTITY, id, "DISMISSED", after.subject() + ": " + clean, before, after);
        return after;
    }

    /** The current agency's deadlines: opens tasks for what is overdue and closes those resolved since. */
    @Transactional
    public int checkDeadlines() {
        TenantContext.requireAgency();
        LocalDate today = calendar.today();
        var region = TenantContext.currentAgency().flatMap(directory::find).map(AgencySummary::regionId).orElse(null);
        int opened = 0;
        Set<String> stillOverdue = new java.util.HashSet<>();
        for (ChangeRequestEntity r : requests.findByStatusInOrderByNumberDesc(Set.of(ChangeStatus.IN_APPROVAL))) {
            ApprovalChain chain = chains.revision(r.getChainId());
            if (r.getCurrentStep() < 1 || r.getCurrentStep() > chain.steps().size()) {
                continue;
            }
            ApprovalStep step = chain.steps().get(r.getCurrentStep() - 1);
            // the step began when the step before it was approved (the last of its seats), or at submission
            java.time.Instant began = decisions.findByRequestIdOrderByDecidedAt(r.getId()).stream()
                    .filter(d -> d.getRound() == r.getRound() && d.getStep() == r.getCurrentStep() - 1
                            && d.getDecision() == DecisionKind.APPROVED)
                    .map(ru.perechen.workflow.internal.ApprovalDecisionEntity::getDecidedAt).max(java.util.Comparator.naturalOrder())
                    .orElse(r.getSubmittedAt());
            LocalDate started = LocalDate.ofInstant(began, CalendarService.ZONE);
            try {
                LocalDate due = calendar.addWorkingDays(started, step.dueWorkDays(), region);
                if (!today.isAfter(due) && calendar.workingDaysBetween(today, due, region) <= 1) {
                    var request = changeRequests.get(r.getNumber());
                    List<String> approvers = changeRequests.route(request).get(r.getCurrentStep() - 1).seats().stream()
                            .filter(s -> s.approval() == null)
                            .flatMap(s -> java.util.stream.Stream.concat(s.candidates().stream(),
                                    s.substitutes().stream().map(Substitution::substitute)))
                            .map(ru.perechen.catalog.StaffMember::subject).distinct().toList();
                    events.publishEvent(new WorkflowEvent.StepDueSoon(r.getNumber(), r.getTitle(), r.getCurrentStep(),
                            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(due), approvers));
                }
                if (today.isAfter(due)) {
                    String key = "step:" + r.getNumber() + ":" + r.getRound() + ":" + r.getCurrentStep();
                    stillOverdue.add(key);
                    opened += open(ReviewTask.Reason.STEP_OVERDUE, "Запрос № " + r.getNumber() + " «" + r.getTitle() + "», этап "
                            + r.getCurrentStep(), r.getId(), key, r.getUnitId(), List.of()) ? 1 : 0;
                }
            } catch (CalendarYearMissingException missing) {
                // the calendar warning on the agency's page says so; nothing is guessed here
            }
        }
        for (Publication p : publications.list()) {
            if (p.state() == PublicationState.DUE_SOON) {
                events.publishEvent(new WorkflowEvent.PublicationDueSoon(p.versionNumber(),
                        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(p.dueOn())));
            }
            if (p.state() == PublicationState.OVERDUE) {
                String key = "publication:" + p.versionNumber();
                stillOverdue.add(key);
                opened += open(ReviewTask.Reason.PUBLICATION_OVERDUE, "Редакция № " + p.versionNumber(), p.id(), key, null, List.of()) ? 1 : 0;
            }
        }
        for (ReviewTaskEntity task : tasks.findByStatusOrderByCreatedAtDesc(ReviewTask.Status.OPEN)) {
            boolean deadline = task.getReason() == ReviewTask.Reason.STEP_OVERDUE || task.getReason() == ReviewTask.Reason.PUBLICATION_OVERDUE;
            if (deadline && !stillOverdue.contains(task.getSubjectKey())) {
                task.close(clock.instant(), null, null);
                tasks.save(task);
                audit.record(ENTITY, task.getId(), "CLOSED", task.getSubject(), null, null);
            }
        }
        return opened;
    }

    private void resolve(ReviewTask.Reason reason, String key) {
        tasks.findByStatusAndReasonAndSubjectKey(ReviewTask.Status.OPEN, reason, key).ifPresent(task -> {
            task.close(clock.instant(), null, null);
            tasks.save(task);
            audit.record(ENTITY, task.getId(), "CLOSED", task.getSubject(), null, null);
        });
    }

    private boolean open(ReviewTask.Reason reason, String subject, UUID subjectId, String key, UUID unit, List<UUID> entryKeys) {
        if (tasks.findByStatusAndReasonAndSubjectKey(ReviewTask.Status.OPEN, reason, key).isPresent()) {
            return false;
        }
        ReviewTaskEntity task = tasks.save(new ReviewTaskEntity(reason, subject.length() > 1000 ? subject.substring(0, 1000) : subject,
                subjectId, key, unit, JSON.writeValueAsString(entryKeys), clock.instant()));
        audit.record(ENTITY, task.getId(), "OPENED", subject, null, Map.of("reason", reason.name(), "rows", entryKeys.size()));
        if (!TenantContext.isSystem() || reason == ReviewTask.Reason.STEP_OVERDUE || reason == ReviewTask.Reason.PUBLICATION_OVERDUE
                || reason == ReviewTask.Reason.REPORT_OVERDUE) {
            // presets seed whole registries: nobody is told of the tasks their own initial version closes at once
            events.publishEvent(new WorkflowEvent.ReviewTaskOpened(task.getId(), reason, task.getSubject(), unit));
        }
        return true;
    }

    private UUID ownerOf(UUID processId) {
        return registry.list().stream().filter(p -> p.id().equals(processId)).findFirst()
                .filter(p -> !p.uniformForAllUnits()).flatMap(p -> p.owners().stream().filter(o -> !o.closed()).findFirst())
                .map(AgencyProcess.UnitRef::id).orElse(null);
    }

    private List<ListRow> currentRows() {
        return list.allRows(list.currentNumber());
    }

    private static List<UUID> keys(List<ListRow> rows, Predicate<ListRow> concerned) {
        return rows.stream().filter(concerned).map(ListRow::entryKey).toList();
    }

    private Map<UUID, String> unitNames() {
        return units.list().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    }

    private static ReviewTask toRecord(ReviewTaskEntity e, Map<UUID, String> unitNames) {
        return new ReviewTask(e.getId(), e.getReason(), e.getSubject(), e.getUnitId(),
                e.getUnitId() == null ? null : unitNames.get(e.getUnitId()), JSON.readValue(e.getEntryKeys(), KEYS), e.getStatus(),
                e.getCreatedAt(), e.getClosedAt(), e.getClosedByVersion(), e.getClosedByRequest(), e.getDismissedBy(),
                e.getDismissReason(), e.getVersion());
    }
}
