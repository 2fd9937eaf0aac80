package ru.perechen.workflow;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffMember;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersion;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.workflow.internal.ActScanEntity;
import ru.perechen.workflow.internal.ApprovalDecisionEntity;
import ru.perechen.workflow.internal.ApprovalDecisionRepository;
import ru.perechen.workflow.internal.ChangeItemEntity;
import ru.perechen.workflow.internal.ChangeItemRepository;
import ru.perechen.workflow.internal.ChangeRequestEntity;
import ru.perechen.workflow.internal.ChangeRequestRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Внесение изменений в Перечень: a request is drafted by a person of the unit that runs the process,
 * submitted with its explanatory note, approved step by step along the chain revision it was
 * submitted under, and — with the approving act when the chain requires one — enacted as a new
 * version. Every action is one transaction and writes one audit event; an action the state or the
 * person's place does not allow is refused with {@link InvalidTransitionException} and changes nothing.
 */
@Service
public class ChangeRequestService {

    static final String ENTITY = "ChangeRequest";
    public static final int MAX_ITEMS = 2000;
    private static final int COMMENT_MAX = 4000;
    private static final int ACT_MAX = 100;
    private static final String ALL_SEAT = "all";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChangeRequestRepository requests;
    private final ChangeItemRepository items;
    private final ApprovalDecisionRepository decisions;
    private final ActScanStore actScans;
    private final ApprovalChainService chains;
    private final SubstitutionService substitutes;
    private final ListService list;
    private final ProcessRegistryService registry;
    private final OrgUnitService units;
    private final AuditLog audit;
    private final Clock clock;
    private final EntityManager entityManager;
    private final org.springframework.context.ApplicationEventPublisher events;

    @SuppressWarnings("java:S107")
    ChangeRequestService(ChangeRequestRepository requests, ChangeItemRepository items, ApprovalDecisionRepository decisions,
                         ActScanStore actScans, ApprovalChainService chains, SubstitutionService substitutes, ListService list, ProcessRegistryService registry,
                         OrgUnitService units, AuditLog audit, Clock clock, EntityManager entityManager,
                         org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.requests = requests;
        this.items = items;
        this.decisions = decisions;
        this.actScans = actScans;
        this.chains = chains;
        this.substitutes = substitutes;
        this.list = list;
        this.registry = registry;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    // ---- reading

    @Transactional(readOnly = true)
    public ChangeRequest get(int number) {
        TenantContext.requireAgency();
        return toRecord(find(number));
    }

    /** Every request of the agency, newest first. */
    @Transactional(readOnly = true)
    public List<ChangeRequest> all() {
        TenantContext.requireAgency();
        Map<UUID, String> unitNames = unitNames();
        return requests.findAllByOrderByNumberDesc().stream().map(r -> toRecord(r, unitNames)).toList();
    }

    /** The requests the signed-in person started. */
    @Transactional(readOnly = true)
    public List<ChangeRequest> mine() {
        String me = actorId();
        return all().stream().filter(r -> r.initiatorId().equals(me)).toList();
    }

    /**
     * What waits for the signed-in person: steps they may approve now, and approved requests whose
     * act and enactment are theirs to record.
     */
    @Transactional(readOnly = true)
    public List<ChangeRequest> inbox() {
        TenantContext.requireAgency();
        String me = actorId();
        boolean enacts = Access.OVERSIGHT.isGranted();
        List<ChangeRequest> waiting = new ArrayList<>();
        Map<UUID, String> unitNames = unitNames();
        for (ChangeRequestEntity r : requests.findByStatusInOrderByNumberDesc(EnumSet.of(ChangeStatus.IN_APPROVAL, ChangeStatus.APPROVED))) {
            ChangeRequest request = toRecord(r, unitNames);
            if (r.getStatus() == ChangeStatus.APPROVED ? enacts || r.getInitiatorId().equals(me) : openSeatFor(request, me).isPresent()) {
                waiting.add(request);
            }
        }
        return waiting;
    }

    /** The route of a request: its chain revision resolved for the processes it touches. */
    @Transactional(readOnly = true)
    public List<RouteStep> route(ChangeRequest request) {
        TenantContext.requireAgency();
        ApprovalChain chain = request.chainId() != null ? chains.revision(request.chainId())
                : chains.current().orElseThrow(() -> new InvalidTransitionException("request.error.no-chain"));
        List<ResolvedStep> resolved = chains.resolve(chain, processesOf(request), request.unitId());
        List<Substitution> substitutions = substitutes.activeToday();
        List<RouteStep> route = new ArrayList<>();
        for (ResolvedStep step : resolved) {
            int position = step.step().position();
            RouteStep.State state = request.status() == ChangeStatus.APPROVED || request.status() == ChangeStatus.ENACTED
                    || (request.currentStep() > position && request.status() == ChangeStatus.IN_APPROVAL)
                    ? RouteStep.State.DONE
                    : request.currentStep() == position && request.status() == ChangeStatus.IN_APPROVAL
                    ? RouteStep.State.CURRENT : RouteStep.State.PENDING;
            List<RouteStep.SeatState> seats = new ArrayList<>();
            for (ResolvedStep.Seat seat : step.seats()) {
                String key = seatKey(seat);
                Decision approval = request.decisions().stream()
                        .filter(d -> d.round() == request.round() && d.step() == position && d.seatKey().equals(key)
                                && d.kind() == DecisionKind.APPROVED).findFirst().orElse(null);
                List<StaffMember> eligible = seat.candidates().stream().filter(c -> Duties.mayDecide(request, c.subject(), position))
                        .toList();
                List<Substitution> standIns = substitutions.stream()
                        .filter(x -> seat.candidates().stream().anyMatch(c -> c.id().equals(x.absent().id())))
                        .filter(x -> Duties.mayStandIn(request, x, position)).toList();
                seats.add(new RouteStep.SeatState(key, seat.unitName(), eligible, standIns, approval));
            }
            route.add(new RouteStep(step.step(), state, seats));
        }
        return route;
    }

    /** Other requests in flight that touch the same rows (or add the same touchpoint to the same process). */
    @Transactional(readOnly = true)
    public List<ChangeRequest> overlapping(ChangeRequest request) {
        Set<UUID> keys = request.items().stream().map(ChangeItem::entryKey).collect(Collectors.toSet());
        Set<List<UUID>> added = request.items().stream().filter(i -> i.content() != null)
                .map(i -> java.util.Arrays.asList(i.content().processId(), i.content().unitId(), i.content().touchpointId()))
                .collect(Collectors.toSet());
        Set<UUID> others = new HashSet<>();
        items.findByEntryKeyIn(keys).forEach(i -> others.add(i.getRequestId()));
        List<ChangeRequest> result = new ArrayList<>();
        Map<UUID, String> unitNames = unitNames();
        for (ChangeRequestEntity r : requests.findByStatusInOrderByNumberDesc(ChangeStatus.IN_FLIGHT)) {
            if (r.getId().equals(request.id())) {
                continue;
            }
            ChangeRequest other = toRecord(r, unitNames);
            boolean same = others.contains(r.getId()) || other.items().stream().filter(i -> i.content() != null)
                    .anyMatch(i -> added.contains(java.util.Arrays.asList(i.content().processId(), i.content().unitId(),
                            i.content().touchpointId())));
            if (same) {
                result.add(other);
            }
        }
        return result;
    }

    /** The list as the request would make it, with the rules run over it. */
    @Transactional(readOnly = true)
    public ListService.DraftPreview preview(ChangeRequest request) {
        return list.preview(request.items().stream().map(ChangeItem::toChange).toList());
    }

    // ---- drafting

    /** Starts a draft in the signed-in person's unit. */
    @Transactional
    public ChangeRequest create(String title) {
        requireDrafter();
        String clean = requireText("title", title, ChangeRequest.TITLE_MAX, "request.error.title-required");
        UUID unit = unitOf(actorId()).map(OrgUnit::id).orElse(null);
        ChangeRequestEntity entity = requests.saveAndFlush(new ChangeRequestEntity(requests.maxNumber() + 1, clean, actorId(),
                actorName(), unit, list.currentNumber(), clock.instant()));
        ChangeRequest created = toRecord(entity);
        audit.record(ENTITY, created.id(), "CREATED", summary(created), null, state(created));
        return created;
    }

    /**
     * Starts a draft holding many changes at once — what an imported file makes — all of them or none:
     * every row is checked as the editor checks it, and every row must be one the person may draft.
     */
    @Transactional
    public ChangeRequest createWithChanges(String title, String note, List<RowChange> changes) {
        requireDrafter();
        if (changes.isEmpty()) {
            throw new InvalidConfigurationException("items", "request.error.no-items");
        }
        if (changes.size() > MAX_ITEMS) {
            throw new InvalidConfigurationException("items", "request.error.too-many-items", MAX_ITEMS);
        }
        ChangeRequest created = create(title);
        ChangeRequestEntity r = find(created.number(), created.version());
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > ChangeRequest.NOTE_MAX) {
            throw new InvalidConfigurationException("note", "catalog.error.name-too-long", ChangeRequest.NOTE_MAX);
        }
        r.setExplanatoryNote(cleanNote);
        java.util.function.Consumer<UUID> mayEdit = editGuard();
        Map<UUID, ListRow> current = list.currentRows(changes.stream()
                .filter(c -> !(c instanceof RowChange.Add)).map(RowChange::entryKey).toList());
        List<RowContent> contents = changes.stream().map(c -> switch (c) {
            case RowChange.Add add -> add.content();
            case RowChange.Modify modify -> modify.content();
            case RowChange.Exclude exclude -> null;
        }).filter(java.util.Objects::nonNull).toList();
        java.util.Iterator<ListService.Checked> checked = list.checkEach(contents).iterator();
        List<ChangeItemEntity> made = new ArrayList<>();
        int position = 1;
        for (RowChange change : changes) {
            ListRow row = change instanceof RowChange.Add ? null : current.get(change.entryKey());
            if (!(change instanceof RowChange.Add) && row == null) {
                throw new InvalidConfigurationException("entry", "request.error.row-not-current");
            }
            if (row != null) {
                mayEdit.accept(row.processId());
            }
            RowContent clean = null;
            if (!(change instanceof RowChange.Exclude)) {
                ListService.Checked result = checked.next();
                if (result.refusal() != null) {
                    throw result.refusal();
                }
                clean = result.content();
                mayEdit.accept(clean.processId());
            }
            made.add(switch (change) {
                case RowChange.Add add -> new ChangeItemEntity(r.getId(), position++, ChangeOperation.ADD, add.entryKey(), null,
                        json(clean));
                case RowChange.Modify modify -> new ChangeItemEntity(r.getId(), position++, ChangeOperation.MODIFY,
                        modify.entryKey(), row.revisionId(), json(clean));
                case RowChange.Exclude exclude -> new ChangeItemEntity(r.getId(), position++, ChangeOperation.EXCLUDE,
                        exclude.entryKey(), row.revisionId(), null);
            });
        }
        items.saveAll(made);
        items.flush();
        ChangeRequest after = saved(touch(r));
        audit.record(ENTITY, after.id(), "ROWS_IMPORTED", summary(after) + ": " + made.size(), null, state(after));
        return after;
    }

    @Transactional
    public ChangeRequest describe(int number, long version, String title, String note) {
        ChangeRequestEntity r = editable(number, version);
        ChangeRequest before = toRecord(r);
        r.setTitle(requireText("title", title, ChangeRequest.TITLE_MAX, "request.error.title-required"));
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > ChangeRequest.NOTE_MAX) {
            throw new InvalidConfigurationException("note", "catalog.error.name-too-long", ChangeRequest.NOTE_MAX);
        }
        r.setExplanatoryNote(cleanNote);
        ChangeRequest after = saved(r);
        audit.record(ENTITY, after.id(), "DESCRIBED", summary(after), state(before), state(after));
        return after;
    }

    /** Proposes a new row. */
    @Transactional
    public ChangeRequest addRow(int number, long version, RowContent content) {
        ChangeRequestEntity r = editable(number, version);
        RowContent clean = list.check(content);
        requireMayEdit(clean.processId());
        UUID key = UUID.randomUUID();
        return withItem(r, new ChangeItemEntity(r.getId(), nextPosition(r), ChangeOperation.ADD, key, null, json(clean)), "ROW_ADDED");
    }

    /** Proposes a new content for a row of the current version (or changes what the draft proposes for it). */
    @Transactional
    public ChangeRequest modifyRow(int number, long version, UUID entryKey, RowContent content) {
        ChangeRequestEntity r = editable(number, version);
        RowContent clean = list.check(content);
        Optional<ChangeItemEntity> existing = itemFor(r, entryKey);
        if (existing.isPresent() && existing.get().getOperation() != ChangeOperation.EXCLUDE) {
            requireMayEdit(clean.processId());
            existing.get().setContent(json(clean));
            return withItem(r, existing.get(), "ROW_CHANGED");
        }
        ListRow row = currentRow(entryKey);
        requireMayEdit(row.processId());
        requireMayEdit(clean.processId());
        existing.ifPresent(items::delete);
        return withItem(r, new ChangeItemEntity(r.getId(), nextPosition(r), ChangeOperation.MODIFY, entryKey, row.revisionId(),
                json(clean)), "ROW_CHANGED");
    }

    /** Proposes to exclude a row of the current version. */
    @Transactional
    public ChangeRequest excludeRow(int number, long version, UUID entryKey) {
        ChangeRequestEntity r = editable(number, version);
        ListRow row = currentRow(entryKey);
        requireMayEdit(row.processId());
        itemFor(r, entryKey).ifPresent(items::delete);
        items.flush();
        return withItem(r, new ChangeItemEntity(r.getId(), nextPosition(r), ChangeOperation.EXCLUDE, entryKey, row.revisionId(),
                null), "ROW_EXCLUDED");
    }

    /** Takes a change out of the draft. */
    @Transactional
    public ChangeRequest removeItem(int number, long version, UUID itemId) {
        ChangeRequestEntity r = editable(number, version);
        ChangeItemEntity item = items.findById(itemId).filter(i -> i.getRequestId().equals(r.getId()))
                .orElseThrow(() -> new InvalidConfigurationException("item", "catalog.error.not-found"));
        items.delete(item);
        items.flush();
        ChangeRequest after = saved(touch(r));
        audit.record(ENTITY, after.id(), "ROW_REMOVED", summary(after), null, state(after));
        return after;
    }

    // ---- the route

    @Transactional
    public ChangeRequest submit(int number, long version) {
        ChangeRequestEntity r = find(number, version);
        requireInitiator(r);
        if (!r.getStatus().editable()) {
            throw new InvalidTransitionException("request.error.not-editable", statusWord(r));
        }
        ChangeRequest before = toRecord(r);
        if (before.items().isEmpty()) {
            throw new InvalidTransitionException("request.error.no-items");
        }
        ApprovalChain chain = chains.current().orElseThrow(() -> new InvalidTransitionException("request.error.no-chain"));
        if (chain.noteRequired() && (r.getExplanatoryNote() == null || r.getExplanatoryNote().isBlank())) {
            throw new InvalidConfigurationException("note", "request.error.note-required");
        }
        ListService.DraftPreview preview = preview(before);
        if (!preview.conflicts().isEmpty()) {
            throw new InvalidTransitionException("request.error.conflicts", preview.conflicts().getFirst().description());
        }
        if (!preview.introducedErrors().isEmpty()) {
            var finding = preview.introducedErrors().getFirst();
            throw new InvalidTransitionException("request.error.rule", finding.rule().clause(), finding.subject());
        }
        List<ResolvedStep> resolved = chains.resolve(chain, processesOf(before), r.getUnitId());
        for (ResolvedStep step : resolved) {
            if (step.resolvesToNobody()) {
                throw new InvalidTransitionException("request.error.nobody-at-step", step.step().position());
            }
        }
        r.setChainId(chain.id());
        r.setRound(r.getRound() + 1);
        r.setCurrentStep(1);
        r.setStatus(ChangeStatus.IN_APPROVAL);
        r.setSubmittedAt(clock.instant());
        ChangeRequest submitted = saved(r);
        Optional<Integer> headStep = approveOwnSeatsAsHead(r, resolved);
        advancePastFilledSteps(r);
        if (r.getStatus() == ChangeStatus.APPROVED) {
            // the submission alone would approve it: someone other than the initiator must decide
            throw new InvalidTransitionException("request.error.no-one-else");
        }
        ChangeRequest after = saved(r);
        Optional<RouteStep> stuck = Duties.undecidable(after, route(after));
        if (stuck.isPresent()) {
            // a route with a seat nobody may fill would leave the request waiting for ever: refused, nothing kept
            ApprovalStep step = stuck.get().step();
            throw new InvalidTransitionException("request.error.undecidable-step", step.position(),
                    step.title() == null || step.title().isBlank() ? "" : "«" + step.title() + "»");
        }
        audit.record(ENTITY, after.id(), "SUBMITTED", summary(submitted), state(before), state(after));
        headStep.ifPresent(position -> audit.record(ENTITY, after.id(), "APPROVED", summary(after) + ", этап " + position
                + ": утверждено руководителем подразделения при представлении запроса", null, state(after)));
        if (after.status() == ChangeStatus.IN_APPROVAL) {
            announceStep(after);
        }
        return after;
    }

    /**
     * Under acts 000/002 the head of a unit forms the changes of the list for it: when the head submits
     * a request, the submission is their approval of their own seats at the first unit-head step of the
     * route (recorded as a decision «by submission»). Only one step: nobody decides two steps of a request.
     */
    private Optional<Integer> approveOwnSeatsAsHead(ChangeRequestEntity r, List<ResolvedStep> resolved) {
        String me = r.getInitiatorId();
        if (!TenantContext.principal().map(p -> p.hasRole(ru.perechen.tenancy.Role.UNIT_HEAD)).orElse(false)) {
            // heading a unit in the agency's data is not enough: the person holds the unit head's role
            return Optional.empty();
        }
        for (ResolvedStep step : resolved) {
            if (step.step().rule() != ApproverRule.UNIT_HEAD) {
                continue;
            }
            List<ResolvedStep.Seat> own = step.seats().stream()
                    .filter(seat -> seat.candidates().stream().anyMatch(c -> c.subject().equals(me))).toList();
            if (own.isEmpty()) {
                continue;
            }
            for (ResolvedStep.Seat seat : own) {
                decisions.saveAndFlush(new ApprovalDecisionEntity(r.getId(), r.getRound(), step.step().position(), seatKey(seat),
                        DecisionKind.APPROVED, me, r.getInitiatorName(), null, null, null, true, clock.instant()));
            }
            return Optional.of(step.step().position());
        }
        return Optional.empty();
    }

    /** Moves the request past every step whose seats are all filled (at submission some may be); approved after the last. */
    private void advancePastFilledSteps(ChangeRequestEntity r) {
        List<RouteStep> route = route(toRecord(r));
        while (r.getCurrentStep() <= route.size()
                && route.get(r.getCurrentStep() - 1).seats().stream().allMatch(seat -> seat.approval() != null)) {
            r.setCurrentStep(r.getCurrentStep() + 1);
        }
        if (r.getCurrentStep() > route.size()) {
            r.setStatus(ChangeStatus.APPROVED);
            r.setCurrentStep(0);
        }
    }

    /**
     * Saves the summary and the note as the initiator left them, then submits: one action of the
     * person, one transaction (nothing is saved when the submission is refused).
     */
    @Transactional
    public ChangeRequest submit(int number, long version, String title, String note) {
        ChangeRequestEntity r = find(number, version);
        boolean changed = !java.util.Objects.equals(r.getTitle(), title == null ? null : title.strip())
                || !java.util.Objects.equals(r.getExplanatoryNote(), note == null || note.isBlank() ? null : note.strip());
        ChangeRequest current = changed ? describe(number, version, title, note) : toRecord(r);
        return submit(current.number(), current.version());
    }

    /** The signed-in person approves their seat of the current step. */
    @Transactional
    public ChangeRequest approve(int number, long version, String comment) {
        ChangeRequestEntity r = find(number, version);
        ChangeRequest before = toRecord(r);
        RouteStep.SeatState seat = requireOpenSeat(before);
        decisions.saveAndFlush(new ApprovalDecisionEntity(r.getId(), r.getRound(), r.getCurrentStep(), seat.key(),
                DecisionKind.APPROVED, actorId(), actorName(), optional(comment), onBehalfOf(seat), onBehalfOfIds(seat), false,
                clock.instant()));
        ChangeRequest now = toRecord(r);
        RouteStep step = route(now).get(r.getCurrentStep() - 1);
        boolean stepDone = step.seats().stream().allMatch(s -> s.approval() != null);
        if (stepDone) {
            advancePastFilledSteps(r);
        }
        ChangeRequest after = saved(touch(r));
        audit.record(ENTITY, after.id(), "APPROVED", summary(after) + ", этап " + before.currentStep(), state(before), state(after));
        if (after.currentStep() != before.currentStep() && after.status() == ChangeStatus.IN_APPROVAL) {
            announceStep(after);
        }
        return after;
    }

    /** Returns the request to its initiator for revision, with what to revise. */
    @Transactional
    public ChangeRequest returnForRevision(int number, long version, String comment) {
        return decide(number, version, comment, DecisionKind.RETURNED, ChangeStatus.RETURNED, "request.error.comment-required");
    }

    /** Rejects the request, with the reason. */
    @Transactional
    public ChangeRequest reject(int number, long version, String reason) {
        return decide(number, version, reason, DecisionKind.REJECTED, ChangeStatus.REJECTED, "request.error.reason-required");
    }

    /**
     * Records the approving act (when the chain requires one, or when given) and enacts the request
     * as a new version of the list, in one transaction.
     *
     * @throws ru.perechen.register.ListConflictException when the list changed since in a way that conflicts
     */
    @Transactional
    public ChangeRequest enact(int number, long version, String actNumber, LocalDate actDate) {
        return enact(number, version, actNumber, actDate, null, null);
    }

    /**
     * As {@link #enact(int, long, String, LocalDate)}, with the signed scan of the order (a PDF of at
     * most 20 MB) stored in the same transaction.
     */
    @Transactional
    public ChangeRequest enact(int number, long version, String actNumber, LocalDate actDate, String scanName, byte[] scan) {
        ChangeRequestEntity r = find(number, version);
        if (r.getStatus() != ChangeStatus.APPROVED) {
            throw new InvalidTransitionException("request.error.not-approved", statusWord(r));
        }
        requireEnactor(r);
        ApprovalChain chain = chains.revision(r.getChainId());
        String act = actNumber == null || actNumber.isBlank() ? null : actNumber.strip();
        if (chain.actRequired() && act == null) {
            throw new InvalidConfigurationException("actNumber", "request.error.act-required");
        }
        if (act != null && act.length() > ACT_MAX) {
            throw new InvalidConfigurationException("actNumber", "catalog.error.name-too-long", ACT_MAX);
        }
        if (act != null && actDate == null) {
            throw new InvalidConfigurationException("actDate", "request.error.act-date-required");
        }
        if (actDate != null && actDate.isAfter(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Moscow")).plusDays(1))) {
            throw new InvalidConfigurationException("actDate", "request.error.act-date-future");
        }
        if (scan != null) {
            actScans.add(r.getId(), scanName, scan, actorName(), null);
        }
        ChangeRequest before = toRecord(r);
        ListVersion enacted = list.enact(new Enactment(r.getId(), r.getNumber(), act, act == null ? null : actDate,
                approvedBy(before), before.items().stream().map(ChangeItem::toChange).toList()));
        r.setActNumber(act);
        r.setActDate(act == null ? null : actDate);
        r.setEnactedVersion(enacted.number());
        r.setStatus(ChangeStatus.ENACTED);
        r.setClosedAt(clock.instant());
        ChangeRequest after = saved(r);
        audit.record(ENTITY, after.id(), "ENACTED", summary(after) + " → редакция " + enacted.number(), state(before), state(after));
        events.publishEvent(new WorkflowEvent.RequestDecided(after.number(), after.title(), after.initiatorId(), after.status(),
                "редакция № " + enacted.number()));
        return after;
    }

    /**
     * Attaches the signed scan of the approving order to an approved request, or to an enacted one that has
     * none yet. Once enacted with a scan, the scan is part of the record: a new one is only a
     * {@linkplain #correctActScan correction}.
     */
    @Transactional
    public ChangeRequest attachActScan(int number, long version, String fileName, byte[] content) {
        ChangeRequestEntity r = find(number, version);
        if (r.getStatus() != ChangeStatus.APPROVED && r.getStatus() != ChangeStatus.ENACTED) {
            throw new InvalidTransitionException("request.error.not-approved", statusWord(r));
        }
        requireEnactor(r);
        touch(r);
        if (r.getStatus() == ChangeStatus.ENACTED && actScans.current(r.getId()).isPresent()) {
            throw new InvalidTransitionException("request.error.scan-final");
        }
        ActScan scan = actScans.add(r.getId(), fileName, content, actorName(), null);
        ChangeRequest after = saved(r);
        audit.record(ENTITY, after.id(), "ACT_SCAN_ATTACHED", summary(after) + ": " + scan.fileName() + " (скан № " + scan.number() + ")",
                null, state(after));
        return after;
    }

    /**
     * Refuses, before any upload is read, a person who may not attach the order's scan to this request
     * now (the same checks as {@link #attachActScan}, without the file).
     */
    @Transactional(readOnly = true)
    public void requireMayAttachScan(int number) {
        ChangeRequestEntity r = find(number);
        if (r.getStatus() != ChangeStatus.APPROVED && r.getStatus() != ChangeStatus.ENACTED) {
            throw new InvalidTransitionException("request.error.not-approved", statusWord(r));
        }
        requireEnactor(r);
    }

    /** A correction of an enacted request's scan: a new attachment with its reason; the earlier scans are kept. */
    @Transactional
    public ChangeRequest correctActScan(int number, long version, String fileName, byte[] content, String reason) {
        ChangeRequestEntity r = find(number, version);
        if (r.getStatus() != ChangeStatus.ENACTED) {
            throw new InvalidTransitionException("request.error.not-enacted", statusWord(r));
        }
        requireEnactor(r);
        String why = requireText("reason", reason, ActScan.REASON_MAX, "request.error.correction-reason-required");
        touch(r);
        if (actScans.current(r.getId()).isEmpty()) {
            throw new InvalidTransitionException("request.error.no-scan-yet");
        }
        ActScan scan = actScans.add(r.getId(), fileName, content, actorName(), why);
        ChangeRequest after = saved(r);
        audit.record(ENTITY, after.id(), "ACT_SCAN_CORRECTED", summary(after) + ": " + scan.fileName() + " (скан № " + scan.number()
                + "): " + why, null, state(after));
        return after;
    }

    /** The scan in force of the request's approving order (the newest attachment), without its content. */
    @Transactional(readOnly = true)
    public Optional<ActScan> actScan(int number) {
        return actScans.current(find(number).getId());
    }

    /** Every scan attached to the request, oldest first, without content. */
    @Transactional(readOnly = true)
    public List<ActScan> actScans(int number) {
        return actScans.all(find(number).getId());
    }

    /** The scan in force with its content, for downloading. */
    @Transactional(readOnly = true)
    public Optional<ActScan> actScanFile(int number) {
        UUID request = find(number).getId();
        return actScans.current(request).flatMap(s -> actScans.file(request, s.number()));
    }

    /** One attachment with its content. */
    @Transactional(readOnly = true)
    public Optional<ActScan> actScanFile(int number, int attachment) {
        return actScans.file(find(number).getId(), attachment);
    }

    /** «Ольга Начальникова (этап 1), 01.12.2026; …» — the approvals of the last submission. */
    private static String approvedBy(ChangeRequest request) {
        return request.decisions().stream().filter(d -> d.round() == request.round() && d.kind() == DecisionKind.APPROVED)
                .map(d -> d.actorName() + (d.onBehalfOf() == null ? "" : " (за " + d.onBehalfOf() + ")")
                        + (d.bySubmission() ? " (при представлении запроса)" : "") + ", "
                        + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                        .format(d.decidedAt().atZone(ZoneId.of("Europe/Moscow"))))
                .collect(Collectors.joining("; "));
    }

    private void requireEnactor(ChangeRequestEntity r) {
        boolean allowed = r.getInitiatorId().equals(actorId()) || Access.OVERSIGHT.isGranted();
        if (!allowed) {
            throw new InvalidTransitionException("request.error.may-not-enact");
        }
    }

    /**
     * Moves the draft onto the current version after the list changed under it: modifications and
     * exclusions point at the rows as they are now; changes of rows that no longer exist are dropped.
     * An approved request goes back to draft and through the chain again.
     */
    @Transactional
    public ChangeRequest rebase(int number, long version) {
        ChangeRequestEntity r = find(number, version);
        requireInitiator(r);
        if (!r.getStatus().editable() && r.getStatus() != ChangeStatus.APPROVED) {
            throw new InvalidTransitionException("request.error.not-editable", statusWord(r));
        }
        ChangeRequest before = toRecord(r);
        Map<UUID, ListRow> now = list.currentRows(before.items().stream().map(ChangeItem::entryKey).toList());
        for (ChangeItemEntity item : items.findByRequestIdOrderByPosition(r.getId())) {
            if (item.getOperation() == ChangeOperation.ADD) {
                continue;
            }
            ListRow row = now.get(item.getEntryKey());
            if (row == null) {
                items.delete(item);
            } else {
                item.setBaseRevisionId(row.revisionId());
            }
        }
        items.flush();
        r.setBaseVersion(list.currentNumber());
        r.setStatus(r.getStatus() == ChangeStatus.APPROVED ? ChangeStatus.DRAFT : r.getStatus());
        r.setCurrentStep(0);
        ChangeRequest after = saved(touch(r));
        audit.record(ENTITY, after.id(), "REBASED", summary(after) + " на редакцию " + after.baseVersion(), state(before), state(after));
        return after;
    }

    @Transactional
    public ChangeRequest withdraw(int number, long version) {
        ChangeRequestEntity r = find(number, version);
        requireInitiator(r);
        if (!EnumSet.of(ChangeStatus.DRAFT, ChangeStatus.RETURNED, ChangeStatus.IN_APPROVAL, ChangeStatus.APPROVED)
                .contains(r.getStatus())) {
            throw new InvalidTransitionException("request.error.closed", statusWord(r));
        }
        ChangeRequest before = toRecord(r);
        r.setStatus(ChangeStatus.WITHDRAWN);
        r.setCurrentStep(0);
        r.setClosedAt(clock.instant());
        ChangeRequest after = saved(r);
        audit.record(ENTITY, after.id(), "WITHDRAWN", summary(after), state(before), state(after));
        return after;
    }

    // ---- internals

    private ChangeRequest decide(int number, long version, String comment, DecisionKind kind, ChangeStatus to, String missing) {
        ChangeRequestEntity r = find(number, version);
        ChangeRequest before = toRecord(r);
        RouteStep.SeatState seat = requireOpenSeat(before);
        String text = optional(comment);
        if (text == null) {
            throw new InvalidConfigurationException("comment", missing);
        }
        decisions.saveAndFlush(new ApprovalDecisionEntity(r.getId(), r.getRound(), r.getCurrentStep(), seat.key(), kind, actorId(),
                actorName(), text, onBehalfOf(seat), onBehalfOfIds(seat), false, clock.instant()));
        r.setStatus(to);
        r.setCurrentStep(0);
        if (to == ChangeStatus.REJECTED) {
            r.setClosedAt(clock.instant());
        }
        ChangeRequest after = saved(touch(r));
        audit.record(ENTITY, after.id(), kind.name(), summary(after) + ": " + text, state(before), state(after));
        events.publishEvent(new WorkflowEvent.RequestDecided(after.number(), after.title(), after.initiatorId(), after.status(), text));
        return after;
    }

    private RouteStep.SeatState requireOpenSeat(ChangeRequest request) {
        if (request.status() != ChangeStatus.IN_APPROVAL) {
            throw new InvalidTransitionException("request.error.not-in-approval", statusText(request.status()));
        }
        String me = actorId();
        if (request.initiatorId().equals(me)) {
            throw new InvalidTransitionException("request.error.own-request");
        }
        if (!Duties.mayDecide(request, me, request.currentStep())) {
            throw new InvalidTransitionException("request.error.two-steps");
        }
        if (Duties.alreadyApproved(request, me)) {
            throw new InvalidTransitionException("request.error.already-approved");
        }
        return openSeatFor(request, me).orElseThrow(() -> new InvalidTransitionException("request.error.not-your-step",
                request.currentStep()));
    }

    /** Tells the people of the current step's open seats (and their substitutes) that the request waits for them. */
    private void announceStep(ChangeRequest request) {
        List<String> subjects = route(request).get(request.currentStep() - 1).seats().stream().filter(s -> s.approval() == null)
                .flatMap(s -> java.util.stream.Stream.concat(s.candidates().stream(), s.substitutes().stream().map(Substitution::substitute)))
                .map(StaffMember::subject).distinct().toList();
        events.publishEvent(new WorkflowEvent.AwaitingDecision(request.number(), request.title(), request.currentStep(), subjects));
    }

    /** Whom the signed-in person decides for when they hold the seat only as an appointed substitute. */
    private static String onBehalfOf(RouteStep.SeatState seat) {
        String me = actorId();
        if (seat.candidates().stream().anyMatch(c -> c.subject().equals(me))) {
            return null;
        }
        return seat.substitutes().stream().filter(x -> x.substitute().subject().equals(me)).map(x -> x.absent().displayName())
                .distinct().collect(Collectors.joining(", "));
    }

    /** The subjects of those the signed-in person decides for as a substitute, comma-separated; null in their own name. */
    private static String onBehalfOfIds(RouteStep.SeatState seat) {
        String me = actorId();
        if (seat.candidates().stream().anyMatch(c -> c.subject().equals(me))) {
            return null;
        }
        return seat.substitutes().stream().filter(x -> x.substitute().subject().equals(me)).map(x -> x.absent().subject())
                .distinct().collect(Collectors.joining(","));
    }

    private Optional<RouteStep.SeatState> openSeatFor(ChangeRequest request, String subject) {
        if (request.status() != ChangeStatus.IN_APPROVAL || request.currentStep() < 1) {
            return Optional.empty();
        }
        List<RouteStep> route = route(request);
        if (request.currentStep() > route.size()) {
            return Optional.empty();
        }
        List<RouteStep.SeatState> open = route.get(request.currentStep() - 1).seats().stream().filter(s -> s.approval() == null)
                .toList();
        // one's own seat first; a seat held for someone else only when one has none of one's own
        return open.stream().filter(s -> s.candidates().stream().anyMatch(c -> c.subject().equals(subject))).findFirst()
                .or(() -> open.stream().filter(s -> s.mayDecide(subject)).findFirst());
    }

    private List<UUID> processesOf(ChangeRequest request) {
        Set<UUID> processes = new java.util.LinkedHashSet<>();
        Map<UUID, ListRow> rows = list.currentRows(request.items().stream().filter(i -> i.operation() != ChangeOperation.ADD)
                .map(ChangeItem::entryKey).toList());
        for (ChangeItem item : request.items()) {
            if (item.content() != null) {
                processes.add(item.content().processId());
            }
            ListRow row = rows.get(item.entryKey());
            if (row != null) {
                processes.add(row.processId());
            }
        }
        return List.copyOf(processes);
    }

    private void requireDrafter() {
        TenantContext.requireAgency();
        Access.DRAFTING.require();
    }

    /** Only a person of a unit that runs the process (any unit, for a process run uniformly) drafts its rows. */
    private void requireMayEdit(UUID processId) {
        editGuard().accept(processId);
    }

    /**
     * Which processes the signed-in person may draft rows of (a person of a unit that runs it, any
     * unit's for a uniform process; every process for the tenant admin), with the registry and the
     * person's units read once: what a preview marks before a draft is refused.
     */
    @Transactional(readOnly = true)
    public java.util.function.Predicate<UUID> mayDraft() {
        TenantContext.requireAgency();
        if (!Access.DRAFTING.isGranted()) {
            return processId -> false;
        }
        java.util.function.Consumer<UUID> guard = editGuard();
        return processId -> {
            try {
                guard.accept(processId);
                return true;
            } catch (AccessDeniedToTenantException | InvalidConfigurationException refused) {
                return false;
            }
        };
    }

    /** The check of {@link #requireMayEdit} with the registry and the person's units read once. */
    private java.util.function.Consumer<UUID> editGuard() {
        if (Access.ADMINISTRATION.isGranted()) {
            return processId -> { };
        }
        Map<UUID, AgencyProcess> processes = registry.list().stream().collect(Collectors.toMap(AgencyProcess::id, p -> p));
        Set<UUID> mine = unitsOf(actorId()).stream().map(OrgUnit::id).collect(Collectors.toSet());
        return processId -> {
            AgencyProcess process = processes.get(processId);
            if (process == null) {
                throw new InvalidConfigurationException("process", "catalog.error.not-found");
            }
            boolean owner = process.uniformForAllUnits() ? !mine.isEmpty()
                    : process.owners().stream().anyMatch(o -> mine.contains(o.id()));
            if (!owner) {
                throw new AccessDeniedToTenantException("Not a person of a unit that runs " + process.name());
            }
        };
    }

    private List<OrgUnit> unitsOf(String subject) {
        return units.list().stream().filter(u -> !u.closed())
                .filter(u -> (u.head() != null && subject.equals(u.head().subject()))
                        || u.members().stream().anyMatch(m -> subject.equals(m.subject())))
                .toList();
    }

    private Optional<OrgUnit> unitOf(String subject) {
        List<OrgUnit> mine = unitsOf(subject);
        return mine.stream().filter(u -> u.members().stream().anyMatch(m -> subject.equals(m.subject()))).findFirst()
                .or(() -> mine.stream().findFirst());
    }

    private ListRow currentRow(UUID entryKey) {
        ListRow row = list.currentRows(List.of(entryKey)).get(entryKey);
        if (row == null) {
            throw new InvalidConfigurationException("entry", "request.error.row-not-current");
        }
        return row;
    }

    private Optional<ChangeItemEntity> itemFor(ChangeRequestEntity r, UUID entryKey) {
        return items.findByRequestIdOrderByPosition(r.getId()).stream().filter(i -> i.getEntryKey().equals(entryKey)).findFirst();
    }

    private int nextPosition(ChangeRequestEntity r) {
        List<ChangeItemEntity> existing = items.findByRequestIdOrderByPosition(r.getId());
        if (existing.size() >= MAX_ITEMS) {
            throw new InvalidConfigurationException("items", "request.error.too-many-items", MAX_ITEMS);
        }
        return existing.stream().mapToInt(ChangeItemEntity::getPosition).max().orElse(0) + 1;
    }

    private ChangeRequest withItem(ChangeRequestEntity r, ChangeItemEntity item, String action) {
        items.saveAndFlush(item);
        ChangeRequest after = saved(touch(r));
        audit.record(ENTITY, after.id(), action, summary(after), null, state(after));
        return after;
    }

    /** Any change of the draft's rows or decisions makes a new version of the request: nobody acts on a stale one. */
    private ChangeRequestEntity touch(ChangeRequestEntity r) {
        try {
            entityManager.lock(r, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (jakarta.persistence.OptimisticLockException stale) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ChangeRequestEntity.class, r.getId(), stale);
        }
        return r;
    }

    private ChangeRequest saved(ChangeRequestEntity r) {
        return toRecord(requests.saveAndFlush(r));
    }

    private ChangeRequestEntity editable(int number, long version) {
        ChangeRequestEntity r = find(number, version);
        requireInitiator(r);
        if (!r.getStatus().editable()) {
            throw new InvalidTransitionException("request.error.not-editable", statusWord(r));
        }
        return r;
    }

    /** The initiator's part of a request is drafting: it needs the drafting role as well as being the initiator. */
    private void requireInitiator(ChangeRequestEntity r) {
        Access.DRAFTING.require();
        if (!TenantContext.isSystem() && !r.getInitiatorId().equals(actorId())) {
            throw new InvalidTransitionException("request.error.not-initiator");
        }
    }

    private ChangeRequestEntity find(int number) {
        return requests.findByNumber(number)
                .orElseThrow(() -> new InvalidConfigurationException("number", "request.error.not-found", number));
    }

    /** Finds the request and refuses when it changed since the person read it (optimistic lock). */
    private ChangeRequestEntity find(int number, long version) {
        TenantContext.requireAgency();
        ChangeRequestEntity r = find(number);
        if (r.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ChangeRequestEntity.class, r.getId());
        }
        return r;
    }

    private ChangeRequest toRecord(ChangeRequestEntity r) {
        return toRecord(r, unitNames());
    }

    /** The names of the agency's units, read once for a whole listing. */
    private Map<UUID, String> unitNames() {
        return units.list().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    }

    private ChangeRequest toRecord(ChangeRequestEntity r, Map<UUID, String> unitNames) {
        List<ChangeItem> list = items.findByRequestIdOrderByPosition(r.getId()).stream()
                .map(i -> new ChangeItem(i.getId(), i.getPosition(), i.getOperation(), i.getEntryKey(), i.getBaseRevisionId(),
                        i.getContent() == null ? null : JSON.readValue(i.getContent(), RowContent.class)))
                .toList();
        List<Decision> taken = decisions.findByRequestIdOrderByDecidedAt(r.getId()).stream()
                .map(d -> new Decision(d.getRound(), d.getStep(), d.getSeatKey(), d.getDecision(), d.getActorId(), d.getActorName(),
                        d.getComment(), d.getOnBehalfOf(), d.getOnBehalfOfIds() == null || d.getOnBehalfOfIds().isBlank() ? List.of()
                        : List.of(d.getOnBehalfOfIds().split(",")), d.isBySubmission(), d.getDecidedAt()))
                .toList();
        String unitName = r.getUnitId() == null ? null : unitNames.get(r.getUnitId());
        return new ChangeRequest(r.getId(), r.getNumber(), r.getTitle(), r.getExplanatoryNote(), r.getStatus(), r.getInitiatorId(),
                r.getInitiatorName(), r.getUnitId(), unitName, r.getBaseVersion(), r.getChainId(), r.getCurrentStep(), r.getRound(),
                r.getCreatedAt(), r.getSubmittedAt(), r.getClosedAt(), r.getActNumber(), r.getActDate(), r.getEnactedVersion(),
                list, taken, r.getVersion());
    }

    private static String seatKey(ResolvedStep.Seat seat) {
        return seat.unitId() == null ? ALL_SEAT : seat.unitId().toString();
    }

    private static String summary(ChangeRequest r) {
        return "Запрос № " + r.number() + " «" + r.title() + "»";
    }

    /** What the audit keeps of a request before and after an action. */
    private record State(String status, int step, int round, int items, Integer enactedVersion, String actNumber) {
    }

    private static State state(ChangeRequest r) {
        return new State(r.status().name(), r.currentStep(), r.round(), r.items().size(), r.enactedVersion(), r.actNumber());
    }

    /** The status as a message argument: the UI and the API put it in the person's language. */
    private static ChangeStatus statusWord(ChangeRequestEntity r) {
        return r.getStatus();
    }

    private static ChangeStatus statusText(ChangeStatus status) {
        return status;
    }

    private static String requireText(String field, String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(field, missingKey);
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new InvalidConfigurationException(field, "catalog.error.name-too-long", max);
        }
        return clean;
    }

    private static String optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() > COMMENT_MAX) {
            throw new InvalidConfigurationException("comment", "catalog.error.name-too-long", COMMENT_MAX);
        }
        return clean;
    }

    private static String json(RowContent content) {
        return JSON.writeValueAsString(content);
    }

    private static String actorId() {
        return TenantContext.principal().map(TenantPrincipal::actorId).orElse(AuditLog.SYSTEM);
    }

    private static String actorName() {
        return TenantContext.principal().map(TenantPrincipal::actorName).orElse(AuditLog.SYSTEM);
    }
}
