package ru.perechen.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.internal.AgencyProcessEntity;
import ru.perechen.catalog.internal.AgencyProcessRepository;
import ru.perechen.catalog.internal.OrgUnitEntity;
import ru.perechen.catalog.internal.OrgUnitMemberEntity;
import ru.perechen.catalog.internal.OrgUnitMemberRepository;
import ru.perechen.catalog.internal.OrgUnitRepository;
import ru.perechen.catalog.internal.ProcessUnitEntity;
import ru.perechen.catalog.internal.ProcessUnitRepository;
import ru.perechen.catalog.internal.StaffMemberEntity;
import ru.perechen.catalog.internal.StaffMemberRepository;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/**
 * Структурные подразделения: a tree with a head, a supervising deputy and members each. Units are
 * closed, never deleted (later versions of the list still name them); a unit with open sub-units
 * cannot be closed, and no unit may sit below itself.
 */
@Service
public class OrgUnitService {

    static final String ENTITY = "OrgUnit";

    private final OrgUnitRepository units;
    private final OrgUnitMemberRepository members;
    private final StaffMemberRepository staff;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final ProcessUnitRepository processOwners;
    private final AgencyProcessRepository processes;

    OrgUnitService(OrgUnitRepository units, OrgUnitMemberRepository members, StaffMemberRepository staff, AuditLog audit,
                   EntityManager entityManager, ProcessUnitRepository processOwners, AgencyProcessRepository processes) {
        this.units = units;
        this.members = members;
        this.staff = staff;
        this.audit = audit;
        this.entityManager = entityManager;
        this.processOwners = processOwners;
        this.processes = processes;
    }

    /** All units, parents before children, siblings by name; closed units included. */
    @Transactional(readOnly = true)
    public List<OrgUnit> list() {
        TenantContext.requireAgency();
        return snapshot().inTreeOrder();
    }

    @Transactional
    public OrgUnit create(OrgUnitDraft draft) {
        requireAdmin();
        OrgUnitEntity entity = new OrgUnitEntity();
        apply(entity, draft);
        units.saveAndFlush(entity);
        replaceMembers(entity.getId(), draft.memberIds());
        OrgUnit created = snapshot().find(entity.getId());
        audit.record(ENTITY, created.id(), "CREATED", created.name(), null, created);
        return created;
    }

    @Transactional
    public OrgUnit update(UUID id, long version, OrgUnitDraft draft) {
        requireAdmin();
        OrgUnitEntity entity = current(id, version);
        OrgUnit before = snapshot().find(id);
        apply(entity, draft);
        // members live in their own rows: the unit's version must move even when only they change
        entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        units.saveAndFlush(entity);
        replaceMembers(id, draft.memberIds());
        OrgUnit after = snapshot().find(id);
        audit.record(ENTITY, id, "UPDATED", after.name(), before, after);
        return after;
    }

    /**
     * Closes a unit. Its open sub-units must be closed or moved first; the processes it runs pass to
     * {@code reassignTo} (an open unit), which is required when there are any.
     */
    @Transactional
    public OrgUnit close(UUID id, long version, UUID reassignTo) {
        requireAdmin();
        OrgUnitEntity entity = current(id, version);
        boolean openChildren = units.findAll().stream().anyMatch(u -> id.equals(u.getParentId()) && !u.isClosed());
        if (openChildren) {
            throw new InvalidConfigurationException("closed", "units.error.open-children", entity.getName());
        }
        List<ProcessUnitEntity> owned = processOwners.findAll().stream().filter(o -> o.getUnitId().equals(id)).toList();
        if (!owned.isEmpty()) {
            if (reassignTo == null) {
                throw new InvalidConfigurationException("reassignTo", "units.error.reassign-required", owned.size());
            }
            OrgUnitEntity target = units.findById(reassignTo)
                    .orElseThrow(() -> new InvalidConfigurationException("reassignTo", "catalog.error.not-found"));
            if (target.isClosed() || target.getId().equals(id)) {
                throw new InvalidConfigurationException("reassignTo", "units.error.parent-closed");
            }
            Set<UUID> alreadyTarget = processOwners.findAll().stream().filter(o -> o.getUnitId().equals(reassignTo))
                    .map(ProcessUnitEntity::getProcessId).collect(Collectors.toSet());
            for (ProcessUnitEntity ownership : owned) {
                processOwners.delete(ownership);
                if (!alreadyTarget.contains(ownership.getProcessId())) {
                    processOwners.save(new ProcessUnitEntity(ownership.getProcessId(), reassignTo));
                }
            }
            processOwners.flush();
        }
        return setClosed(entity, true);
    }

    @Transactional
    public OrgUnit reopen(UUID id, long version) {
        requireAdmin();
        OrgUnitEntity entity = current(id, version);
        uniqueName(entity.getName(), id);
        if (entity.getParentId() != null && units.findById(entity.getParentId()).map(OrgUnitEntity::isClosed).orElse(false)) {
            throw new InvalidConfigurationException("parentId", "units.error.parent-closed");
        }
        return setClosed(entity, false);
    }

    /** Preset: creates the units of a seed agency that has none yet. People are named by their subject. */
    @Transactional
    public void applyPreset(List<PresetUnit> preset) {
        requireAdmin();
        if (units.count() > 0) {
            return;
        }
        Map<String, UUID> bySubject = staff.findAll().stream()
                .collect(Collectors.toMap(StaffMemberEntity::getSubject, StaffMemberEntity::getId));
        Map<String, UUID> byName = new java.util.HashMap<>();
        for (PresetUnit unit : preset) {
            OrgUnit created = create(new OrgUnitDraft(unit.name(),
                    unit.parentName() == null ? null : byName.get(unit.parentName()),
                    bySubject.get(unit.headSubject()), bySubject.get(unit.supervisorSubject()),
                    unit.memberSubjects().stream().map(bySubject::get).filter(Objects::nonNull).collect(Collectors.toSet())));
            byName.put(unit.name(), created.id());
        }
    }

    /** A unit of a preset; {@code parentName} names a unit listed earlier. */
    public record PresetUnit(String name, String parentName, String headSubject, String supervisorSubject,
                             List<String> memberSubjects) {
    }

    private OrgUnit setClosed(OrgUnitEntity entity, boolean closed) {
        OrgUnit before = snapshot().find(entity.getId());
        entity.setClosed(closed);
        units.saveAndFlush(entity);
        OrgUnit after = snapshot().find(entity.getId());
        audit.record(ENTITY, entity.getId(), closed ? "CLOSED" : "REOPENED", after.name(), before, after);
        return after;
    }

    private void apply(OrgUnitEntity entity, OrgUnitDraft draft) {
        entity.setName(uniqueName(draft.name(), entity.getId()));
        entity.setParentId(validParent(entity.getId(), draft.parentId()));
        Set<UUID> known = staff.findAll().stream().map(StaffMemberEntity::getId).collect(Collectors.toSet());
        entity.setHeadId(knownPerson("headId", draft.headId(), known));
        entity.setSupervisorId(knownPerson("supervisorId", draft.supervisorId(), known));
        draft.memberIds().forEach(member -> knownPerson("memberIds", member, known));
    }

    private String uniqueName(String raw, UUID self) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new InvalidConfigurationException("name", "catalog.error.name-required");
        }
        if (name.length() > OrgUnitEntity.NAME_MAX) {
            throw new InvalidConfigurationException("name", "catalog.error.name-too-long", OrgUnitEntity.NAME_MAX);
        }
        String key = name.toLowerCase(Locale.ROOT);
        boolean taken = units.findAll().stream().anyMatch(u -> !u.isClosed() && !u.getId().equals(self)
                && u.getName().toLowerCase(Locale.ROOT).equals(key));
        if (taken) {
            throw new InvalidConfigurationException("name", "catalog.error.name-duplicate", name);
        }
        return name;
    }

    private UUID validParent(UUID self, UUID parentId) {
        if (parentId == null) {
            return null;
        }
        Map<UUID, OrgUnitEntity> all = units.findAll().stream().collect(Collectors.toMap(OrgUnitEntity::getId, Function.identity()));
        OrgUnitEntity parent = all.get(parentId);
        if (parent == null) {
            throw new InvalidConfigurationException("parentId", "catalog.error.not-found");
        }
        if (parent.isClosed()) {
            throw new InvalidConfigurationException("parentId", "units.error.parent-closed");
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID step = parentId; step != null; step = all.get(step) == null ? null : all.get(step).getParentId()) {
            if (step.equals(self) || !seen.add(step)) {
                throw new InvalidConfigurationException("parentId", "units.error.cycle");
            }
        }
        return parentId;
    }

    private static UUID knownPerson(String field, UUID person, Set<UUID> known) {
        if (person != null && !known.contains(person)) {
            throw new InvalidConfigurationException(field, "units.error.unknown-person");
        }
        return person;
    }

    private void replaceMembers(UUID unitId, Set<UUID> memberIds) {
        List<OrgUnitMemberEntity> existing = members.findByUnitId(unitId);
        Set<UUID> kept = new HashSet<>();
        for (OrgUnitMemberEntity member : existing) {
            if (memberIds.contains(member.getStaffId())) {
                kept.add(member.getStaffId());
            } else {
                members.delete(member);
            }
        }
        memberIds.stream().filter(id -> !kept.contains(id)).forEach(id -> members.save(new OrgUnitMemberEntity(unitId, id)));
        members.flush();
    }

    private OrgUnitEntity current(UUID id, long version) {
        OrgUnitEntity entity = units.findById(id)
                .orElseThrow(() -> new InvalidConfigurationException("id", "catalog.error.not-found"));
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(OrgUnitEntity.class, id);
        }
        return entity;
    }

    private Snapshot snapshot() {
        Map<UUID, StaffMember> people = staff.findAll().stream()
                .collect(Collectors.toMap(StaffMemberEntity::getId, StaffDirectory::toRecord));
        Map<UUID, List<StaffMember>> membership = members.findAll().stream().collect(Collectors.groupingBy(
                OrgUnitMemberEntity::getUnitId,
                Collectors.mapping(m -> people.get(m.getStaffId()), Collectors.toList())));
        Set<UUID> excluded = processes.findAll().stream().filter(AgencyProcessEntity::isExcluded)
                .map(AgencyProcessEntity::getId).collect(Collectors.toSet());
        Map<UUID, Long> owned = processOwners.findAll().stream().filter(o -> !excluded.contains(o.getProcessId()))
                .collect(Collectors.groupingBy(ProcessUnitEntity::getUnitId, Collectors.counting()));
        return new Snapshot(units.findAllByOrderByNameAsc(), people, membership, owned);
    }

    private static void requireAdmin() {
        TenantContext.requireAgency();
        Access.ADMINISTRATION.require();
    }

    /** One consistent read of units, people and membership, turned into records. */
    private record Snapshot(List<OrgUnitEntity> units, Map<UUID, StaffMember> people,
                            Map<UUID, List<StaffMember>> membership, Map<UUID, Long> ownedProcesses) {

        OrgUnit find(UUID id) {
            return inTreeOrder().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
        }

        List<OrgUnit> inTreeOrder() {
            Map<UUID, OrgUnitEntity> byId = units.stream().collect(Collectors.toMap(OrgUnitEntity::getId, Function.identity()));
            List<OrgUnit> ordered = new ArrayList<>();
            addChildren(null, byId, ordered, new HashSet<>());
            return ordered;
        }

        private void addChildren(UUID parent, Map<UUID, OrgUnitEntity> byId, List<OrgUnit> out, Set<UUID> visited) {
            for (OrgUnitEntity unit : units) {
                if (Objects.equals(unit.getParentId(), parent) && visited.add(unit.getId())) {
                    out.add(toRecord(unit, byId));
                    addChildren(unit.getId(), byId, out, visited);
                }
            }
        }

        private OrgUnit toRecord(OrgUnitEntity unit, Map<UUID, OrgUnitEntity> byId) {
            List<String> path = new ArrayList<>();
            for (OrgUnitEntity step = unit; step != null; step = step.getParentId() == null ? null : byId.get(step.getParentId())) {
                path.add(step.getName());
            }
            Collections.reverse(path);
            List<StaffMember> unitMembers = membership.getOrDefault(unit.getId(), List.of()).stream()
                    .sorted((a, b) -> a.displayName().compareTo(b.displayName())).toList();
            return new OrgUnit(unit.getId(), unit.getParentId(), unit.getName(), List.copyOf(path),
                    people.get(unit.getHeadId()), people.get(unit.getSupervisorId()), unitMembers,
                    ownedProcesses.getOrDefault(unit.getId(), 0L).intValue(), unit.isClosed(), unit.getVersion());
        }
    }
}
