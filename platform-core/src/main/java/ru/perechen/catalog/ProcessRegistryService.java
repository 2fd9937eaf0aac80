package ru.perechen.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import ru.perechen.catalog.internal.OrgUnitRepository;
import ru.perechen.catalog.internal.ProcessBasisEntity;
import ru.perechen.catalog.internal.ProcessBasisRepository;
import ru.perechen.catalog.internal.ProcessGroupEntity;
import ru.perechen.catalog.internal.ProcessGroupRepository;
import ru.perechen.catalog.internal.ProcessUnitEntity;
import ru.perechen.catalog.internal.ProcessUnitRepository;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/**
 * The agency's process registry. A process belongs to one group, is run by named units or uniformly
 * by all (DOMAIN.md rule 2), rests on its bases (rule 6), and is excluded — with the date and the act —
 * rather than deleted.
 */
@Service
public class ProcessRegistryService {

    static final String ENTITY = "AgencyProcess";
    private static final int ACT_MAX = 300;
    private static final int BASIS_TEXT_MAX = 1000;
    private static final int BASIS_NUMBER_MAX = 100;

    private final AgencyProcessRepository processes;
    private final ProcessUnitRepository processUnits;
    private final ProcessBasisRepository bases;
    private final ProcessGroupRepository groups;
    private final OrgUnitRepository units;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final org.springframework.context.ApplicationEventPublisher events;

    ProcessRegistryService(AgencyProcessRepository processes, ProcessUnitRepository processUnits,
                           ProcessBasisRepository bases, ProcessGroupRepository groups, OrgUnitRepository units,
                           AuditLog audit, EntityManager entityManager,
                           org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.processes = processes;
        this.processUnits = processUnits;
        this.bases = bases;
        this.groups = groups;
        this.units = units;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Every process, by group order then name; excluded ones included (older versions name them). */
    @Transactional(readOnly = true)
    public List<AgencyProcess> list() {
        TenantContext.requireAgency();
        return new Snapshot().all();
    }

    @Transactional
    public AgencyProcess create(ProcessDraft draft) {
        requireAdmin();
        AgencyProcessEntity entity = new AgencyProcessEntity();
        apply(entity, draft);
        processes.saveAndFlush(entity);
        replaceDetails(entity.getId(), draft);
        AgencyProcess created = new Snapshot().find(entity.getId());
        audit.record(ENTITY, created.id(), "CREATED", created.name(), null, created);
        events.publishEvent(new CatalogChanged.ProcessIncluded(created.id(), created.name()));
        return created;
    }

    @Transactional
    public AgencyProcess update(UUID id, long version, ProcessDraft draft) {
        requireAdmin();
        AgencyProcessEntity entity = current(id, version);
        AgencyProcess before = new Snapshot().find(id);
        apply(entity, draft);
        // owners and bases live in their own rows: the process's version moves with them
        entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        processes.saveAndFlush(entity);
        replaceDetails(id, draft);
        AgencyProcess after = new Snapshot().find(id);
        audit.record(ENTITY, id, "UPDATED", after.name(), before, after);
        return after;
    }

    /** Excludes a process from the registry (an update trigger for the list, 001 §3.3). */
    @Transactional
    public AgencyProcess exclude(UUID id, long version, LocalDate on, String act) {
        requireAdmin();
        AgencyProcessEntity entity = current(id, version);
        if (on == null) {
            throw new InvalidConfigurationException("excludedOn", "process.error.exclusion-date-required");
        }
        if (entity.getIncludedOn() != null && on.isBefore(entity.getIncludedOn())) {
            throw new InvalidConfigurationException("excludedOn", "process.error.exclusion-before-inclusion");
        }
        String basis = requiredText("excludedByAct", act, ACT_MAX, "process.error.act-required");
        AgencyProcess before = new Snapshot().find(id);
        entity.exclude(on, basis);
        processes.saveAndFlush(entity);
        AgencyProcess after = new Snapshot().find(id);
        audit.record(ENTITY, id, "EXCLUDED", after.name(), before, after);
        events.publishEvent(new CatalogChanged.ProcessExcluded(id, after.name()));
        return after;
    }

    @Transactional
    public AgencyProcess reinclude(UUID id, long version) {
        requireAdmin();
        AgencyProcessEntity entity = current(id, version);
        uniqueName(entity.getName(), id);
        AgencyProcess before = new Snapshot().find(id);
        entity.reinclude();
        processes.saveAndFlush(entity);
        AgencyProcess after = new Snapshot().find(id);
        audit.record(ENTITY, id, "REINCLUDED", after.name(), before, after);
        events.publishEvent(new CatalogChanged.ProcessIncluded(id, after.name()));
        return after;
    }

    /** Preset: fills a registry that is still empty. Groups are named by catalogue code, units by name. */
    @Transactional
    public void applyPreset(List<PresetProcess> preset) {
        requireAdmin();
        if (processes.count() > 0) {
            return;
        }
        Map<String, UUID> groupByCode = groups.findAll().stream().filter(g -> g.getCatalogueCode() != null)
                .collect(Collectors.toMap(ProcessGroupEntity::getCatalogueCode, ProcessGroupEntity::getId));
        Map<String, UUID> unitByName = units.findAll().stream()
                .collect(Collectors.toMap(OrgUnitEntity::getName, OrgUnitEntity::getId, (a, b) -> a));
        for (PresetProcess p : preset) {
            create(new ProcessDraft(p.name(), groupByCode.get(p.groupCode().name()), p.kind(), p.unitNames().isEmpty(),
                    p.unitNames().stream().map(unitByName::get).collect(Collectors.toSet()), p.bases(), null, null));
        }
    }

    /** A process of a preset. No unit names means uniform for all units. */
    public record PresetProcess(DefaultProcessGroup groupCode, String name, ProcessKind kind, List<String> unitNames,
                                List<Basis> bases) {
    }

    private void apply(AgencyProcessEntity entity, ProcessDraft draft) {
        entity.setName(uniqueName(draft.name(), entity.getId()));
        if (draft.groupId() == null) {
            throw new InvalidConfigurationException("groupId", "process.error.group-required");
        }
        ProcessGroupEntity group = groups.findById(draft.groupId())
                .orElseThrow(() -> new InvalidConfigurationException("groupId", "catalog.error.not-found"));
        if (group.isRetired() && !draft.groupId().equals(entity.getGroupId())) {
            throw new InvalidConfigurationException("groupId", "process.error.group-retired", group.getName());
        }
        entity.setGroupId(group.getId());
        if (draft.kind() == null) {
            throw new InvalidConfigurationException("kind", "process.error.kind-required");
        }
        entity.setKind(draft.kind());
        entity.setUniformForAllUnits(draft.uniformForAllUnits());
        if (!draft.uniformForAllUnits()) {
            if (draft.unitIds().isEmpty()) {
                throw new InvalidConfigurationException("unitIds", "process.error.units-required");
            }
            Map<UUID, OrgUnitEntity> known = units.findAllById(draft.unitIds()).stream()
                    .collect(Collectors.toMap(OrgUnitEntity::getId, Function.identity()));
            for (UUID unitId : draft.unitIds()) {
                OrgUnitEntity unit = known.get(unitId);
                if (unit == null) {
                    throw new InvalidConfigurationException("unitIds", "catalog.error.not-found");
                }
                if (unit.isClosed()) {
                    throw new InvalidConfigurationException("unitIds", "process.error.unit-closed", unit.getName());
                }
            }
        }
        entity.setIncludedOn(draft.includedOn());
        entity.setIncludedByAct(optionalText("includedByAct", draft.includedByAct(), ACT_MAX));
        for (int i = 0; i < draft.bases().size(); i++) {
            validBasis(draft.bases().get(i), i + 1);
        }
    }

    private void validBasis(Basis basis, int row) {
        if (basis.kind() == null) {
            throw new InvalidConfigurationException("bases", "process.error.basis-kind-required", row);
        }
        if (basis.title() == null || basis.title().isBlank()) {
            throw new InvalidConfigurationException("bases", "process.error.basis-title-required", row);
        }
        if (basis.title().strip().length() > BASIS_TEXT_MAX
                || (basis.number() != null && basis.number().strip().length() > BASIS_NUMBER_MAX)) {
            throw new InvalidConfigurationException("bases", "process.error.basis-too-long", row);
        }
        if (basis.url() != null && !basis.url().isBlank()
                && !(Addresses.isWebAddress(basis.url().strip()) && basis.url().strip().length() <= BASIS_TEXT_MAX)) {
            throw new InvalidConfigurationException("bases", "process.error.basis-url", row, basis.url().strip());
        }
    }

    private void replaceDetails(UUID processId, ProcessDraft draft) {
        processUnits.deleteAll(processUnits.findByProcessId(processId));
        bases.deleteAll(bases.findByProcessIdOrderByPosition(processId));
        processUnits.flush();
        if (!draft.uniformForAllUnits()) {
            draft.unitIds().forEach(unit -> processUnits.save(new ProcessUnitEntity(processId, unit)));
        }
        int position = 1;
        for (Basis b : draft.bases()) {
            bases.save(new ProcessBasisEntity(processId, position++, b.kind(), b.title().strip(), blankToNull(b.number()),
                    b.issuedOn(), blankToNull(b.url())));
        }
        processUnits.flush();
        bases.flush();
    }

    private String uniqueName(String raw, UUID self) {
        String name = requiredText("name", raw == null ? null : raw.replaceAll("\\s+", " "),
                AgencyProcessEntity.NAME_MAX, "catalog.error.name-required");
        String key = name.toLowerCase(Locale.ROOT);
        boolean taken = processes.findAll().stream().anyMatch(p -> !p.isExcluded() && !p.getId().equals(self)
                && p.getName().toLowerCase(Locale.ROOT).equals(key));
        if (taken) {
            throw new InvalidConfigurationException("name", "catalog.error.name-duplicate", name);
        }
        return name;
    }

    private static String requiredText(String field, String raw, int max, String requiredKey) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new InvalidConfigurationException(field, requiredKey);
        }
        if (value.length() > max) {
            throw new InvalidConfigurationException(field, "catalog.error.name-too-long", max);
        }
        return value;
    }

    private static String optionalText(String field, String raw, int max) {
        return raw == null || raw.isBlank() ? null : requiredText(field, raw, max, "catalog.error.name-required");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private AgencyProcessEntity current(UUID id, long version) {
        AgencyProcessEntity entity = processes.findById(id)
                .orElseThrow(() -> new InvalidConfigurationException("id", "catalog.error.not-found"));
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(AgencyProcessEntity.class, id);
        }
        return entity;
    }

    private static void requireAdmin() {
        TenantContext.requireAgency();
        Access.ADMINISTRATION.require();
    }

    /** One read of processes, groups, units, owners and bases, turned into records. */
    private final class Snapshot {

        private final Map<UUID, ProcessGroupEntity> groupById = groups.findAll().stream()
                .collect(Collectors.toMap(ProcessGroupEntity::getId, Function.identity()));
        private final Map<UUID, Integer> groupNumbers = numbers(groupById);
        private final Map<UUID, OrgUnitEntity> unitById = units.findAll().stream()
                .collect(Collectors.toMap(OrgUnitEntity::getId, Function.identity()));
        private final Map<UUID, List<ProcessUnitEntity>> ownersByProcess = processUnits.findAll().stream()
                .collect(Collectors.groupingBy(ProcessUnitEntity::getProcessId));
        private final Map<UUID, List<ProcessBasisEntity>> basesByProcess = bases.findAll().stream()
                .sorted(Comparator.comparingInt(ProcessBasisEntity::getPosition))
                .collect(Collectors.groupingBy(ProcessBasisEntity::getProcessId));

        List<AgencyProcess> all() {
            return processes.findAll().stream().map(this::toRecord)
                    .sorted(Comparator.comparing((AgencyProcess p) -> groupById.get(p.groupId()).getPosition())
                            .thenComparing(AgencyProcess::excluded)
                            .thenComparing(p -> p.name().toLowerCase(Locale.ROOT)))
                    .toList();
        }

        AgencyProcess find(UUID id) {
            return processes.findById(id).map(this::toRecord).orElseThrow();
        }

        private AgencyProcess toRecord(AgencyProcessEntity e) {
            ProcessGroupEntity group = groupById.get(e.getGroupId());
            List<AgencyProcess.UnitRef> owners = ownersByProcess.getOrDefault(e.getId(), List.of()).stream()
                    .map(o -> unitById.get(o.getUnitId()))
                    .map(u -> new AgencyProcess.UnitRef(u.getId(), u.getName(), u.isClosed()))
                    .sorted(Comparator.comparing(AgencyProcess.UnitRef::name)).toList();
            List<Basis> processBases = basesByProcess.getOrDefault(e.getId(), List.of()).stream()
                    .map(b -> new Basis(b.getBasisKind(), b.getTitle(), b.getNumber(), b.getIssuedOn(), b.getUrl())).toList();
            return new AgencyProcess(e.getId(), group.getId(), groupNumbers.get(group.getId()), group.getName(), e.getName(),
                    e.getKind(), e.isUniformForAllUnits(), owners, processBases, e.getIncludedOn(), e.getIncludedByAct(),
                    e.isExcluded(), e.getExcludedOn(), e.getExcludedByAct(), e.getVersion());
        }

        private static Map<UUID, Integer> numbers(Map<UUID, ProcessGroupEntity> groups) {
            List<ProcessGroupEntity> active = new ArrayList<>(groups.values().stream().filter(g -> !g.isRetired()).toList());
            active.sort(Comparator.comparingInt(ProcessGroupEntity::getPosition));
            Map<UUID, Integer> numbers = new java.util.HashMap<>();
            for (int i = 0; i < active.size(); i++) {
                numbers.put(active.get(i).getId(), i + 1);
            }
            return numbers;
        }
    }
}
