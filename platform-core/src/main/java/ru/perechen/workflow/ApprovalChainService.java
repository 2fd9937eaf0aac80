package ru.perechen.workflow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.workflow.internal.ApprovalChainEntity;
import ru.perechen.workflow.internal.ApprovalChainRepository;
import ru.perechen.workflow.internal.ApprovalChainStepEntity;
import ru.perechen.workflow.internal.ApprovalChainStepRepository;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The agency's порядок согласования. Every save is a new revision; earlier revisions stay as they
 * were, so a request keeps the chain it was submitted under and a change affects only new requests.
 */
@Service
public class ApprovalChainService {

    static final String ENTITY = "ApprovalChain";
    public static final int MAX_STEPS = 10;
    public static final int MAX_DUE_WORK_DAYS = 60;
    private static final int TITLE_MAX = 200;
    /** The roles whose holders may be named by a role step. */
    public static final Set<Role> APPROVER_ROLES = EnumSet.of(Role.CC_DEPUTY, Role.SUPERVISING_DEPUTY, Role.UNIT_HEAD,
            Role.TENANT_ADMIN);

    private final ApprovalChainRepository chains;
    private final ApprovalChainStepRepository steps;
    private final StaffDirectory staff;
    private final OrgUnitService units;
    private final ProcessRegistryService registry;
    private final AuditLog audit;
    private final Clock clock;

    ApprovalChainService(ApprovalChainRepository chains, ApprovalChainStepRepository steps, StaffDirectory staff,
                         OrgUnitService units, ProcessRegistryService registry, AuditLog audit, Clock clock) {
        this.chains = chains;
        this.steps = steps;
        this.staff = staff;
        this.units = units;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /** The chain new requests follow, or empty when the agency has not set one yet. */
    @Transactional(readOnly = true)
    public Optional<ApprovalChain> current() {
        TenantContext.requireAgency();
        return chains.findFirstByOrderByRevisionDesc().map(e -> toRecord(e, staffById()));
    }

    /** A revision exactly as it was saved: what a request submitted under it follows. */
    @Transactional(readOnly = true)
    public ApprovalChain revision(UUID id) {
        TenantContext.requireAgency();
        return chains.findById(id).map(e -> toRecord(e, staffById()))
                .orElseThrow(() -> new InvalidConfigurationException("id", "catalog.error.not-found"));
    }

    /** Every revision, newest first. */
    @Transactional(readOnly = true)
    public List<ApprovalChain> history() {
        TenantContext.requireAgency();
        Map<UUID, StaffMember> people = staffById();
        return chains.findAllByOrderByRevisionDesc().stream().map(e -> toRecord(e, people)).toList();
    }

    /**
     * Saves the chain as a new revision.
     *
     * @param expectedRevision the revision the editor started from (null when there was none)
     * @throws ChainConflictException when somebody saved another revision in between
     */
    @Transactional
    public ApprovalChain save(Integer expectedRevision, ApprovalChainDraft draft) {
        requireAdmin();
        Map<UUID, StaffMember> people = staffById();
        List<ApprovalStepDraft> normalised = validate(draft, people);
        Optional<ApprovalChainEntity> latest = chains.findFirstByOrderByRevisionDesc();
        int latestRevision = latest.map(ApprovalChainEntity::getRevision).orElse(0);
        if (latestRevision != (expectedRevision == null ? 0 : expectedRevision)) {
            throw new ChainConflictException(toRecord(latest.orElseThrow(), people));
        }
        ApprovalChain before = latest.map(e -> toRecord(e, people)).orElse(null);
        String actor = TenantContext.principal().map(TenantPrincipal::actorName).orElse(AuditLog.SYSTEM);
        // the unique (agency, revision) index refuses a concurrent save that passed the check above
        ApprovalChainEntity chain = chains.saveAndFlush(new ApprovalChainEntity(latestRevision + 1, draft.actRequired(),
                draft.noteRequired(), clock.instant(), actor));
        for (int i = 0; i < normalised.size(); i++) {
            ApprovalStepDraft s = normalised.get(i);
            steps.save(new ApprovalChainStepEntity(chain.getId(), i + 1, s.title(), s.rule(),
                    s.role() == null ? null : s.role().name(), s.personId(), s.dueWorkDays()));
        }
        steps.flush();
        ApprovalChain after = toRecord(chain, people);
        audit.record(ENTITY, after.id(), before == null ? "CREATED" : "UPDATED", "Редакция " + after.revision(), before, after);
        return after;
    }

    /** Refuses a draft that could not be saved, before anyone is asked to confirm its warnings. */
    @Transactional(readOnly = true)
    public void check(ApprovalChainDraft draft) {
        requireAdmin();
        validate(draft, staffById());
    }

    /** Sets the chain of a preset unless the agency has one already. */
    @Transactional
    public void applyPreset(ApprovalChainDraft preset) {
        TenantContext.requireAgency();
        if (chains.findFirstByOrderByRevisionDesc().isEmpty()) {
            save(null, preset);
        }
    }

    /**
     * What the chain would do wrong for the agency's processes as they are now: steps that name
     * nobody, and people who alone hold two steps. Incomplete steps of a draft are skipped.
     */
    @Transactional(readOnly = true)
    public List<ChainWarning> warnings(ApprovalChainDraft draft) {
        TenantContext.requireAgency();
        Resolver resolver = new Resolver();
        List<ApprovalStep> complete = new ArrayList<>();
        for (int i = 0; i < draft.steps().size(); i++) {
            ApprovalStepDraft s = draft.steps().get(i);
            if (isComplete(s, resolver.people)) {
                complete.add(toStep(i + 1, s, resolver.people));
            }
        }
        Map<Integer, List<String>> nobody = new LinkedHashMap<>();
        Map<List<Object>, List<String>> samePerson = new LinkedHashMap<>();
        for (AgencyProcess process : resolver.processes) {
            if (process.excluded()) {
                continue;
            }
            List<ResolvedStep> route = complete.stream().map(s -> resolver.resolve(s, List.of(process), null)).toList();
            for (ResolvedStep r : route) {
                if (r.resolvesToNobody()) {
                    nobody.computeIfAbsent(r.step().position(), k -> new ArrayList<>()).add(process.name());
                }
            }
            for (int i = 0; i < route.size(); i++) {
                for (int j = i + 1; j < route.size(); j++) {
                    Set<StaffMember> both = soleApprovers(route.get(i));
                    both.retainAll(soleApprovers(route.get(j)));
                    for (StaffMember person : both) {
                        samePerson.computeIfAbsent(List.of(route.get(i).step().position(), route.get(j).step().position(),
                                person.displayName()), k -> new ArrayList<>()).add(process.name());
                    }
                }
            }
        }
        Map<List<Object>, List<String>> initiatorOnly = new LinkedHashMap<>();
        for (AgencyProcess process : resolver.processes) {
            if (process.excluded()) {
                continue;
            }
            Set<StaffMember> drafters = resolver.draftersOf(process);
            for (ApprovalStep step : complete) {
                if (step.rule() == ApproverRule.UNIT_HEAD) {
                    // a head's own submission is their approval of the step (acts 000/002)
                    continue;
                }
                for (ResolvedStep.Seat seat : resolver.resolve(step, List.of(process), null).seats()) {
                    if (seat.candidates().size() == 1 && drafters.contains(seat.candidates().getFirst())) {
                        initiatorOnly.computeIfAbsent(List.of(step.position(), seat.candidates().getFirst().displayName()),
                                k -> new ArrayList<>()).add(process.name());
                    }
                }
            }
        }
        List<ChainWarning> warnings = new ArrayList<>();
        initiatorOnly.forEach((key, processes) -> warnings.add(new ChainWarning(ChainWarning.Kind.INITIATOR_ONLY,
                List.of((Integer) key.get(0)), processes, (String) key.get(1))));
        nobody.forEach((step, processes) -> warnings.add(new ChainWarning(ChainWarning.Kind.NOBODY, List.of(step), processes, null)));
        samePerson.forEach((key, processes) -> warnings.add(new ChainWarning(ChainWarning.Kind.SAME_PERSON,
                List.of((Integer) key.get(0), (Integer) key.get(1)), processes, (String) key.get(2))));
        return warnings;
    }

    /**
     * The route of a request about these processes under a chain revision.
     *
     * @param initiatingUnit the unit that drafted the request: its head stands for processes run
     *                       uniformly by all units; null to let any unit head do so
     */
    @Transactional(readOnly = true)
    public List<ResolvedStep> resolve(ApprovalChain chain, Collection<UUID> processIds, UUID initiatingUnit) {
        TenantContext.requireAgency();
        Resolver resolver = new Resolver();
        List<AgencyProcess> concerned = resolver.processes.stream().filter(p -> processIds.contains(p.id())).toList();
        return chain.steps().stream().map(s -> resolver.resolve(s, concerned, initiatingUnit)).toList();
    }

    private static Set<StaffMember> soleApprovers(ResolvedStep step) {
        return step.seats().stream().filter(s -> s.candidates().size() == 1).map(s -> s.candidates().getFirst())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<ApprovalStepDraft> validate(ApprovalChainDraft draft, Map<UUID, StaffMember> people) {
        if (draft.steps().isEmpty()) {
            throw new InvalidConfigurationException("steps", "approval.error.no-steps");
        }
        if (draft.steps().size() > MAX_STEPS) {
            throw new InvalidConfigurationException("steps", "approval.error.too-many-steps", MAX_STEPS);
        }
        List<ApprovalStepDraft> normalised = new ArrayList<>();
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int i = 0; i < draft.steps().size(); i++) {
            ApprovalStepDraft s = draft.steps().get(i);
            int position = i + 1;
            String field = "steps." + position + ".";
            if (s.rule() == null) {
                throw new InvalidConfigurationException(field + "rule", "approval.error.rule-required", position);
            }
            if (s.rule() == ApproverRule.ROLE && s.role() == null) {
                throw new InvalidConfigurationException(field + "role", "approval.error.role-required", position);
            }
            if (s.rule() == ApproverRule.ROLE && !APPROVER_ROLES.contains(s.role())) {
                throw new InvalidConfigurationException(field + "role", "approval.error.role-not-approver", position);
            }
            if (s.rule() == ApproverRule.PERSON && (s.personId() == null || !people.containsKey(s.personId()))) {
                throw new InvalidConfigurationException(field + "person", "approval.error.person-required", position);
            }
            if (s.dueWorkDays() < 1 || s.dueWorkDays() > MAX_DUE_WORK_DAYS) {
                throw new InvalidConfigurationException(field + "due", "approval.error.due-days", position, MAX_DUE_WORK_DAYS);
            }
            String title = s.title() == null || s.title().isBlank() ? null : s.title().strip();
            if (title != null && title.length() > TITLE_MAX) {
                throw new InvalidConfigurationException(field + "title", "catalog.error.name-too-long", TITLE_MAX);
            }
            ApprovalStepDraft clean = new ApprovalStepDraft(title, s.rule(), s.rule() == ApproverRule.ROLE ? s.role() : null,
                    s.rule() == ApproverRule.PERSON ? s.personId() : null, s.dueWorkDays());
            List<Object> who = java.util.Arrays.asList(clean.rule(), clean.role(), clean.personId());
            Integer earlier = seen.putIfAbsent(who, position);
            if (earlier != null) {
                // the same people at two steps: one person would approve twice
                String key = clean.rule() == ApproverRule.PERSON ? "approval.error.person-twice" : "approval.error.step-repeated";
                throw new InvalidConfigurationException(field + (clean.rule() == ApproverRule.PERSON ? "person" : "rule"), key,
                        position, earlier);
            }
            normalised.add(clean);
        }
        return normalised;
    }

    private static boolean isComplete(ApprovalStepDraft s, Map<UUID, StaffMember> people) {
        return s.rule() != null
                && (s.rule() != ApproverRule.ROLE || s.role() != null)
                && (s.rule() != ApproverRule.PERSON || (s.personId() != null && people.containsKey(s.personId())));
    }

    private static void requireAdmin() {
        TenantContext.requireAgency();
        Access.ADMINISTRATION.require();
    }

    private Map<UUID, StaffMember> staffById() {
        return staff.list().stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    private ApprovalChain toRecord(ApprovalChainEntity e, Map<UUID, StaffMember> people) {
        List<ApprovalStep> list = steps.findByChainIdOrderByPosition(e.getId()).stream()
                .map(s -> new ApprovalStep(s.getPosition(), s.getTitle(), s.getRule(),
                        s.getRoleName() == null ? null : Role.valueOf(s.getRoleName()),
                        s.getPersonId() == null ? null : people.get(s.getPersonId()), s.getDueWorkDays()))
                .toList();
        return new ApprovalChain(e.getId(), e.getRevision(), list, e.isActRequired(), e.isNoteRequired(), e.getCreatedAt(),
                e.getCreatedBy());
    }

    private static ApprovalStep toStep(int position, ApprovalStepDraft s, Map<UUID, StaffMember> people) {
        return new ApprovalStep(position, s.title(), s.rule(), s.rule() == ApproverRule.ROLE ? s.role() : null,
                s.rule() == ApproverRule.PERSON ? people.get(s.personId()) : null, s.dueWorkDays());
    }

    /** The agency's units, people and processes as they are now, for resolving steps. */
    private final class Resolver {

        final Map<UUID, StaffMember> people = staffById();
        final List<AgencyProcess> processes = registry.list();
        final Map<UUID, OrgUnit> unitsById = units.list().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));

        ResolvedStep resolve(ApprovalStep step, List<AgencyProcess> concerned, UUID initiatingUnit) {
            List<ResolvedStep.Seat> seats = switch (step.rule()) {
                case ROLE -> List.of(new ResolvedStep.Seat(null, null, staff.holdersOf(step.role())));
                case PERSON -> List.of(new ResolvedStep.Seat(null, null,
                        step.person() == null ? List.of() : List.of(step.person())));
                case UNIT_HEAD -> unitSeats(concerned, initiatingUnit, u -> u.head());
                case SUPERVISING_DEPUTY -> unitSeats(concerned, initiatingUnit, this::supervisorOf);
            };
            return new ResolvedStep(step, seats);
        }

        /** A seat per unit concerned; units that share the approver share the seat. */
        private List<ResolvedStep.Seat> unitSeats(List<AgencyProcess> concerned, UUID initiatingUnit,
                                                  Function<OrgUnit, StaffMember> approverOf) {
            Map<Object, ResolvedStep.Seat> seats = new LinkedHashMap<>();
            for (AgencyProcess process : concerned) {
                List<OrgUnit> owners = process.owners().stream().map(o -> unitsById.get(o.id()))
                        .filter(Objects::nonNull).filter(u -> !u.closed()).toList();
                if (owners.isEmpty()) {
                    if (initiatingUnit != null && unitsById.containsKey(initiatingUnit)) {
                        owners = List.of(unitsById.get(initiatingUnit));
                    } else {
                        // run uniformly by all units: whichever unit drafts the request, its approver stands for it
                        List<StaffMember> any = unitsById.values().stream().filter(u -> !u.closed()).map(approverOf)
                                .filter(Objects::nonNull).distinct().toList();
                        seats.putIfAbsent("uniform", new ResolvedStep.Seat(null, null, any));
                        continue;
                    }
                }
                for (OrgUnit unit : owners) {
                    StaffMember approver = approverOf.apply(unit);
                    seats.putIfAbsent(approver == null ? unit.id() : approver.id(),
                            new ResolvedStep.Seat(unit.id(), unit.name(), approver == null ? List.of() : List.of(approver)));
                }
            }
            return List.copyOf(seats.values());
        }

        /** Who may draft a request about the process: the heads and staff of the units that run it. */
        Set<StaffMember> draftersOf(AgencyProcess process) {
            Set<StaffMember> drafters = new LinkedHashSet<>();
            process.owners().stream().map(o -> unitsById.get(o.id())).filter(Objects::nonNull).filter(u -> !u.closed()).forEach(u -> {
                if (u.head() != null) {
                    drafters.add(u.head());
                }
                drafters.addAll(u.members());
            });
            return drafters;
        }

        /** The unit's supervising deputy, or that of the nearest unit above it that has one. */
        private StaffMember supervisorOf(OrgUnit unit) {
            Set<UUID> visited = new java.util.HashSet<>();
            for (OrgUnit u = unit; u != null && visited.add(u.id()); u = u.parentId() == null ? null : unitsById.get(u.parentId())) {
                if (u.supervisor() != null) {
                    return u.supervisor();
                }
            }
            return null;
        }
    }
}
