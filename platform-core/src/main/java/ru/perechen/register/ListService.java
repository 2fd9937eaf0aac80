package ru.perechen.register;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.CustomColumnType;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.register.internal.ListEntryEntity;
import ru.perechen.register.internal.ListEntryRepository;
import ru.perechen.register.internal.ListVersionEntity;
import ru.perechen.register.internal.ListVersionRepository;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agency's Перечень: its versions, the rows of each in the printed order, the rules over them,
 * the differences between versions, and the enactment of a new version. Versions are never changed;
 * the only way to a new one is {@link #enact}, which the change-request workflow calls once a request
 * is approved (and presets call for an agency's initial list).
 */
@Service
public class ListService {

    static final String ENTITY = "ListVersion";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<EntryNeed>> NEEDS = new TypeReference<>() { };
    private static final TypeReference<Map<UUID, String>> CUSTOM = new TypeReference<>() { };
    private static final Comparator<ListRow> PRINTED_ORDER = Comparator
            .comparing((ListRow r) -> r.groupNumber() == null ? Integer.MAX_VALUE : r.groupNumber())
            .thenComparing(ListRow::groupTitle).thenComparing(ListRow::processName)
            .thenComparing(r -> r.unitName() == null ? "" : r.unitName()).thenComparing(ListRow::touchpointName)
            .thenComparing(r -> r.entryKey().toString());

    private final ListVersionRepository versions;
    private final ListEntryRepository entries;
    private final ProcessRegistryService registry;
    private final ProcessGroupService groups;
    private final OrgUnitService units;
    private final TouchpointService touchpoints;
    private final ClientNeedService needs;
    private final ListTemplateService templates;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @SuppressWarnings("java:S107")
    ListService(ListVersionRepository versions, ListEntryRepository entries, ProcessRegistryService registry,
                ProcessGroupService groups, OrgUnitService units, TouchpointService touchpoints, ClientNeedService needs,
                ListTemplateService templates, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.versions = versions;
        this.entries = entries;
        this.registry = registry;
        this.groups = groups;
        this.units = units;
        this.touchpoints = touchpoints;
        this.needs = needs;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The version in force, or empty while the agency has none yet. */
    @Transactional(readOnly = true)
    public Optional<ListVersion> current() {
        TenantContext.requireAgency();
        return versions.findFirstByOrderByNumberDesc().map(ListService::toRecord);
    }

    /** The number of the version in force, 0 while there is none. */
    @Transactional(readOnly = true)
    public int currentNumber() {
        return current().map(ListVersion::number).orElse(0);
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<ListVersion> versions() {
        TenantContext.requireAgency();
        return versions.findAllByOrderByNumberDesc().stream().map(ListService::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public ListVersion version(int number) {
        TenantContext.requireAgency();
        return versions.findByNumber(number).map(ListService::toRecord)
                .orElseThrow(() -> new InvalidConfigurationException("version", "list.error.no-version", number));
    }

    /** A page of the rows of a version in the printed order (group → process → unit → touchpoint). */
    @Transactional(readOnly = true)
    public List<ListRow> rows(int version, ListFilter filter, int offset, int limit) {
        TenantContext.requireAgency();
        if (version <= 0) {
            return List.of();
        }
        return entries.alive(version, filter, Math.max(0, offset), Math.max(1, Math.min(limit, 1000))).stream()
                .map(ListService::toRow).toList();
    }

    @Transactional(readOnly = true)
    public long count(int version, ListFilter filter) {
        TenantContext.requireAgency();
        return version <= 0 ? 0 : entries.countAlive(version, filter);
    }

    /** Every row of a version in the printed order: for rules, diffs and exports. */
    @Transactional(readOnly = true)
    public List<ListRow> allRows(int version) {
        TenantContext.requireAgency();
        if (version <= 0) {
            return List.of();
        }
        return entries.alive(version, ListFilter.ALL, 0, Integer.MAX_VALUE).stream().map(ListService::toRow).toList();
    }

    /** The rows with these keys as the current version has them (missing keys are not current). */
    @Transactional(readOnly = true)
    public Map<UUID, ListRow> currentRows(Collection<UUID> keys) {
        int current = currentNumber();
        if (current == 0 || keys.isEmpty()) {
            return Map.of();
        }
        return entries.alive(current, new ListFilter(null, null, null, null, null, Set.copyOf(keys)), 0, Integer.MAX_VALUE)
                .stream().map(ListService::toRow).collect(Collectors.toMap(ListRow::entryKey, Function.identity()));
    }

    /** The findings of the rules over a version as it is now judged against the catalogues. */
    @Transactional(readOnly = true)
    public List<RuleFinding> findings(int version) {
        return findings(allRows(version));
    }

    /** The findings of the rules over rows already read (e.g. a version's, for its page). */
    @Transactional(readOnly = true)
    public List<RuleFinding> findings(List<ListRow> rows) {
        return ListRules.check(rows, catalogs());
    }

    /** The differences from one version to another, row by row and cell by cell. */
    @Transactional(readOnly = true)
    public ListDiff diff(int from, int to) {
        if (from > 0) {
            version(from);
        }
        version(to);
        return diff(from, allRows(from), to, allRows(to));
    }

    /**
     * What the list would be with the changes applied to the current version: the resulting rows,
     * the differences, the rule findings and the changes that conflict with the current version.
     */
    @Transactional(readOnly = true)
    public DraftPreview preview(List<RowChange> changes) {
        int current = currentNumber();
        List<ListRow> base = allRows(current);
        Catalogs catalogs = catalogs();
        Applied applied = apply(base, changes, catalogs, false);
        List<ListRow> result = applied.result.values().stream().sorted(PRINTED_ORDER).toList();
        List<RuleFinding> findings = ListRules.check(result, catalogs);
        Set<UUID> changed = changes.stream().map(RowChange::entryKey).collect(Collectors.toSet());
        List<RuleFinding> introduced = findings.stream().filter(f -> f.rule().isError())
                .filter(f -> f.entryKeys().stream().anyMatch(changed::contains)).toList();
        return new DraftPreview(current, result, diff(current, base, null, result), findings, introduced, applied.conflicts);
    }

    /**
     * Checks one change as a draft would hold it and returns its content normalised (the unit set
     * when the process has one owner, needs without repeats, text trimmed).
     */
    @Transactional(readOnly = true)
    public RowContent check(RowContent content) {
        TenantContext.requireAgency();
        return validate(content, catalogs());
    }

    /**
     * Checks many contents against one reading of the catalogues (an imported file): each result holds
     * the content normalised, or why it is refused.
     */
    @Transactional(readOnly = true)
    public List<Checked> checkEach(List<RowContent> contents) {
        TenantContext.requireAgency();
        Catalogs catalogs = catalogs();
        List<Checked> result = new ArrayList<>(contents.size());
        for (RowContent content : contents) {
            try {
                RowContent clean = validate(content, catalogs);
                result.add(new Checked(clean, toRow(null, null, 0, clean, catalogs), null));
            } catch (InvalidConfigurationException refused) {
                result.add(new Checked(content, null, refused));
            }
        }
        return result;
    }

    /**
     * A content as checked.
     *
     * @param row     the row it makes with today's names (no key yet), null when refused
     * @param refusal why it is refused, or null
     */
    public record Checked(RowContent content, ListRow row, InvalidConfigurationException refusal) {
    }

    /** The row a content makes, with today's names: what a draft shows before it is enacted. */
    @Transactional(readOnly = true)
    public ListRow materialize(UUID entryKey, RowContent content) {
        Catalogs catalogs = catalogs();
        return toRow(entryKey, null, 0, validate(content, catalogs), catalogs);
    }

    /**
     * Makes the next version from the current one and the changes, atomically.
     *
     * @throws ListConflictException when a row changed since the changes were drafted, or the
     *                               result would list a touchpoint twice within a process
     */
    @Transactional
    public ListVersion enact(Enactment enactment) {
        TenantContext.requireAgency();
        // one enactment of an agency at a time: otherwise two could check their rows against the same
        // version, and the second would fail on the version number instead of naming its conflicts
        versions.lockEnactments();
        Catalogs catalogs = catalogs();
        int current = currentNumber();
        int next = current + 1;
        List<ListRow> base = allRows(current);
        Applied applied = apply(base, enactment.changes(), catalogs, true);
        if (!applied.conflicts.isEmpty()) {
            throw new ListConflictException(applied.conflicts);
        }
        String actor = TenantContext.principal().map(TenantPrincipal::actorName).orElse(AuditLog.SYSTEM);
        // the unique (agency, number) index refuses a second enactment racing for the same number
        ListVersionEntity version = versions.saveAndFlush(new ListVersionEntity(next, blankToNull(enactment.actNumber()),
                enactment.actNumber() == null || enactment.actNumber().isBlank() ? null : enactment.actDate(),
                clock.instant(), actor, enactment.requestId(), enactment.requestNumber(), blankToNull(enactment.approvedBy()),
                applied.result.size()));
        if (!applied.closed.isEmpty() && entries.close(applied.closed, next) != applied.closed.size()) {
            throw new ListConflictException(List.of(new ListConflictException.Conflict(ListConflictException.Kind.ROW_CHANGED,
                    "", current)));
        }
        List<ListEntryEntity> inserted = new ArrayList<>();
        for (Map.Entry<UUID, RowContent> e : applied.written.entrySet()) {
            ListRow row = toRow(e.getKey(), null, next, e.getValue(), catalogs);
            inserted.add(toEntity(row, next));
        }
        entries.saveAll(inserted);
        entries.flush();
        ListVersion enacted = toRecord(version);
        audit.record(ENTITY, enacted.id(), "ENACTED", "Редакция " + next, null, new EnactedSummary(next,
                enacted.actNumber(), enacted.actDate() == null ? null : enacted.actDate().toString(), enacted.requestNumber(),
                applied.added, applied.modified, applied.excluded, enacted.rowCount()));
        // listeners (the publication deadline) act in this transaction: the version and its deadline are stored together
        events.publishEvent(new ListVersionEnacted(enacted.id(), enacted.number(), enacted.enactedAt(), enacted.requestNumber()));
        return enacted;
    }

    private record EnactedSummary(int version, String actNumber, String actDate, Integer requestNumber, int added,
                                  int modified, int excluded, int rows) {
    }

    /**
     * The result of a draft over the current version.
     *
     * @param result the whole list as the draft would make it, in the printed order
     */
    public record DraftPreview(int baseVersion, List<ListRow> result, ListDiff diff, List<RuleFinding> findings,
                               List<RuleFinding> introducedErrors, List<ListConflictException.Conflict> conflicts) {
    }

    private final class Applied {
        final Map<UUID, ListRow> result = new LinkedHashMap<>();
        final Map<UUID, RowContent> written = new LinkedHashMap<>();
        final List<UUID> closed = new ArrayList<>();
        final List<ListConflictException.Conflict> conflicts = new ArrayList<>();
        int added;
        int modified;
        int excluded;
    }

    private Applied apply(List<ListRow> base, List<RowChange> changes, Catalogs catalogs, boolean strict) {
        Applied applied = new Applied();
        base.forEach(r -> applied.result.put(r.entryKey(), r));
        Map<UUID, Integer> changedIn = null;
        Set<UUID> touched = new HashSet<>();
        for (RowChange change : changes) {
            touched.add(change.entryKey());
            switch (change) {
                case RowChange.Add add -> {
                    RowContent content = strict ? validate(add.content(), catalogs) : lenient(add.content(), catalogs);
                    applied.result.put(add.entryKey(), toRow(add.entryKey(), null, 0, content, catalogs));
                    applied.written.put(add.entryKey(), content);
                    applied.added++;
                }
                case RowChange.Modify modify -> {
                    ListRow now = applied.result.get(modify.entryKey());
                    if (now == null || !now.revisionId().equals(modify.baseRevisionId())) {
                        changedIn = changedIn == null ? changedIn(changes) : changedIn;
                        applied.conflicts.add(rowChanged(modify.entryKey(), modify.baseRevisionId(), now, changedIn));
                        continue;
                    }
                    RowContent content = strict ? validate(modify.content(), catalogs) : lenient(modify.content(), catalogs);
                    applied.result.put(modify.entryKey(), toRow(modify.entryKey(), null, 0, content, catalogs));
                    applied.written.put(modify.entryKey(), content);
                    applied.closed.add(now.revisionId());
                    applied.modified++;
                }
                case RowChange.Exclude exclude -> {
                    ListRow now = applied.result.get(exclude.entryKey());
                    if (now == null || !now.revisionId().equals(exclude.baseRevisionId())) {
                        changedIn = changedIn == null ? changedIn(changes) : changedIn;
                        applied.conflicts.add(rowChanged(exclude.entryKey(), exclude.baseRevisionId(), now, changedIn));
                        continue;
                    }
                    applied.result.remove(exclude.entryKey());
                    applied.closed.add(now.revisionId());
                    applied.excluded++;
                }
            }
        }
        Map<List<UUID>, List<ListRow>> byKey = applied.result.values().stream()
                .collect(Collectors.groupingBy(ListRow::uniquenessKey, LinkedHashMap::new, Collectors.toList()));
        if (!strict) {
            // a draft may hold a duplicate for a while: the rules panel shows it, submission refuses it
            return applied;
        }
        byKey.values().stream().filter(rows -> rows.size() > 1)
                .filter(rows -> rows.stream().anyMatch(r -> touched.contains(r.entryKey())))
                .forEach(rows -> applied.conflicts.add(new ListConflictException.Conflict(ListConflictException.Kind.DUPLICATE,
                        ListRules.describe(rows.getFirst()), null)));
        return applied;
    }

    /** For each base revision a change names: the version that closed it (if any). */
    private Map<UUID, Integer> changedIn(List<RowChange> changes) {
        Set<UUID> keys = changes.stream().map(RowChange::entryKey).collect(Collectors.toSet());
        Map<UUID, Integer> closedAt = new HashMap<>();
        entries.findByEntryKeyIn(keys).forEach(e -> closedAt.put(e.getId(), e.getValidTo()));
        return closedAt;
    }

    private ListConflictException.Conflict rowChanged(UUID key, UUID baseRevision, ListRow now, Map<UUID, Integer> changedIn) {
        String description = now != null ? ListRules.describe(now)
                : entries.findById(baseRevision).map(e -> ListRules.describe(toRow(e))).orElse(key.toString());
        return new ListConflictException.Conflict(ListConflictException.Kind.ROW_CHANGED, description, changedIn.get(baseRevision));
    }

    private ListDiff diff(int from, List<ListRow> before, Integer to, List<ListRow> after) {
        Map<UUID, ListRow> old = before.stream().collect(Collectors.toMap(ListRow::entryKey, Function.identity()));
        Map<UUID, ListRow> now = after.stream().collect(Collectors.toMap(ListRow::entryKey, Function.identity()));
        Map<UUID, String> columnTitles = templates.current().columns().stream().filter(TemplateColumn::isCustom)
                .collect(Collectors.toMap(TemplateColumn::id, TemplateColumn::title));
        List<ListDiff.RowDiff> rows = new ArrayList<>();
        for (ListRow row : after) {
            ListRow was = old.get(row.entryKey());
            if (was == null) {
                rows.add(new ListDiff.RowDiff(ListDiff.Kind.ADDED, null, row, List.of()));
            } else if (!Objects.equals(was.revisionId(), row.revisionId())) {
                List<ListDiff.CellChange> cells = cells(was, row, columnTitles);
                if (!cells.isEmpty()) {
                    rows.add(new ListDiff.RowDiff(ListDiff.Kind.CHANGED, was, row, cells));
                }
            }
        }
        for (ListRow row : before) {
            if (!now.containsKey(row.entryKey())) {
                rows.add(new ListDiff.RowDiff(ListDiff.Kind.EXCLUDED, row, null, List.of()));
            }
        }
        rows.sort(Comparator.comparing(ListDiff.RowDiff::row, PRINTED_ORDER));
        return new ListDiff(from, to, rows);
    }

    private static List<ListDiff.CellChange> cells(ListRow a, ListRow b, Map<UUID, String> columnTitles) {
        List<ListDiff.CellChange> cells = new ArrayList<>();
        cell(cells, ListField.GROUP, groupLabel(a), groupLabel(b));
        cell(cells, ListField.PROCESS, a.processName(), b.processName());
        cell(cells, ListField.UNIT, a.unitName(), b.unitName());
        cell(cells, ListField.TOUCHPOINT, a.touchpointName(), b.touchpointName());
        cell(cells, ListField.KIND, a.kind().name(), b.kind().name());
        cell(cells, ListField.NEEDS, needsText(a.needs()), needsText(b.needs()));
        cell(cells, ListField.SPECIFICS, a.specifics(), b.specifics());
        cell(cells, ListField.BASIS, a.basis(), b.basis());
        cell(cells, ListField.CUSTOM, customText(a.customValues(), columnTitles), customText(b.customValues(), columnTitles));
        return cells;
    }

    private static void cell(List<ListDiff.CellChange> cells, ListField field, String before, String after) {
        String x = blankToNull(before);
        String y = blankToNull(after);
        if (!Objects.equals(x, y)) {
            cells.add(new ListDiff.CellChange(field, x, y));
        }
    }

    private static String groupLabel(ListRow row) {
        return (row.groupNumber() == null ? "" : row.groupNumber() + ". ") + row.groupTitle();
    }

    /** The needs of a row as column 5 prints them: «need — interaction», one per line. */
    public static String needsText(List<EntryNeed> list) {
        return list.stream().map(n -> n.interaction() == null || n.interaction().isBlank() ? n.name()
                : n.name() + " — " + n.interaction()).collect(Collectors.joining("\n"));
    }

    private static String customText(Map<UUID, String> values, Map<UUID, String> titles) {
        return values.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Map.Entry.comparingByKey())
                .map(e -> titles.getOrDefault(e.getKey(), "?") + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }

    /** Validation for enactment and for adding to a draft: refuses with the field concerned. */
    private static RowContent validate(RowContent content, Catalogs catalogs) {
        if (content == null || content.processId() == null) {
            throw new InvalidConfigurationException("process", "list.error.process-required");
        }
        AgencyProcess process = catalogs.processes.get(content.processId());
        if (process == null) {
            throw new InvalidConfigurationException("process", "catalog.error.not-found");
        }
        if (process.excluded()) {
            throw new InvalidConfigurationException("process", "list.error.process-excluded", process.name());
        }
        UUID unit = unitFor(process, content.unitId());
        if (content.touchpointId() == null) {
            throw new InvalidConfigurationException("touchpoint", "list.error.touchpoint-required");
        }
        Touchpoint touchpoint = catalogs.touchpoints.get(content.touchpointId());
        if (touchpoint == null) {
            throw new InvalidConfigurationException("touchpoint", "catalog.error.not-found");
        }
        if (touchpoint.retired()) {
            throw new InvalidConfigurationException("touchpoint", "list.error.touchpoint-retired", touchpoint.name());
        }
        Map<UUID, NeedInteraction> chosen = new LinkedHashMap<>();
        for (NeedInteraction n : content.needs()) {
            ClientNeed need = n.needId() == null ? null : catalogs.needs.get(n.needId());
            if (need == null) {
                throw new InvalidConfigurationException("needs", "catalog.error.not-found");
            }
            if (need.retired()) {
                throw new InvalidConfigurationException("needs", "list.error.need-retired", need.name());
            }
            String interaction = blankToNull(n.interaction());
            if (interaction != null && interaction.length() > RowContent.INTERACTION_MAX) {
                throw new InvalidConfigurationException("needs", "list.error.too-long", RowContent.INTERACTION_MAX);
            }
            chosen.putIfAbsent(need.id(), new NeedInteraction(need.id(), interaction));
        }
        if (chosen.isEmpty()) {
            throw new InvalidConfigurationException("needs", "list.error.needs-required");
        }
        // column 5 lists the needs in the agency's order of needs, whatever order they were ticked in
        List<NeedInteraction> ordered = chosen.values().stream()
                .sorted(Comparator.comparing((NeedInteraction n) -> {
                    Integer number = catalogs.needs.get(n.needId()).number();
                    return number == null ? Integer.MAX_VALUE : number;
                })).toList();
        String specifics = blankToNull(content.specifics());
        if (specifics != null && specifics.length() > RowContent.SPECIFICS_MAX) {
            throw new InvalidConfigurationException("specifics", "list.error.too-long", RowContent.SPECIFICS_MAX);
        }
        String basis = blankToNull(content.basis());
        if (basis != null && basis.length() > RowContent.BASIS_MAX) {
            throw new InvalidConfigurationException("basis", "list.error.too-long", RowContent.BASIS_MAX);
        }
        Map<UUID, String> custom = new HashMap<>();
        for (Map.Entry<UUID, String> e : content.customValues().entrySet()) {
            TemplateColumn column = catalogs.customColumns.get(e.getKey());
            String value = blankToNull(e.getValue());
            if (column == null || value == null) {
                continue;
            }
            if (value.length() > RowContent.CUSTOM_MAX) {
                throw new InvalidConfigurationException("custom." + column.id(), "list.error.too-long", RowContent.CUSTOM_MAX);
            }
            if (column.customType() == CustomColumnType.CHOICE && !column.options().contains(value)) {
                throw new InvalidConfigurationException("custom." + column.id(), "list.error.not-an-option", value, column.title());
            }
            custom.put(column.id(), value);
        }
        return new RowContent(process.id(), unit, touchpoint.id(), ordered, specifics, basis, custom);
    }

    /** Rule 2: a row names its unit when several units run the process; one owner is implied; uniform has none. */
    private static UUID unitFor(AgencyProcess process, UUID requested) {
        if (process.uniformForAllUnits()) {
            return null;
        }
        List<UUID> owners = process.owners().stream().filter(o -> !o.closed()).map(AgencyProcess.UnitRef::id).toList();
        if (owners.size() == 1) {
            return owners.getFirst();
        }
        if (requested == null) {
            throw new InvalidConfigurationException("unit", "list.error.unit-required", process.name());
        }
        if (!owners.contains(requested)) {
            throw new InvalidConfigurationException("unit", "list.error.unit-not-owner", process.name());
        }
        return requested;
    }

    /** A preview shows a draft row even when the catalogues changed under it; the rules then flag it. */
    private static RowContent lenient(RowContent content, Catalogs catalogs) {
        try {
            return validate(content, catalogs);
        } catch (InvalidConfigurationException e) {
            return content;
        }
    }

    private ListRow toRow(UUID key, UUID revision, int validFrom, RowContent content, Catalogs catalogs) {
        AgencyProcess process = catalogs.processes.get(content.processId());
        ProcessGroup group = process == null ? null : catalogs.groups.get(process.groupId());
        OrgUnit unit = content.unitId() == null ? null : catalogs.units.get(content.unitId());
        Touchpoint touchpoint = catalogs.touchpoints.get(content.touchpointId());
        List<EntryNeed> named = content.needs().stream().map(n -> {
            ClientNeed need = catalogs.needs.get(n.needId());
            return new EntryNeed(n.needId(), need == null ? "?" : need.name(), n.interaction());
        }).toList();
        return new ListRow(key, revision == null ? UUID.randomUUID() : revision, validFrom,
                group == null ? null : group.id(), group == null ? null : group.number(),
                group == null ? "?" : group.titleForPrint(), content.processId(), process == null ? "?" : process.name(),
                content.unitId(), unit == null ? null : unit.name(), content.touchpointId(),
                touchpoint == null ? "?" : touchpoint.name(), touchpoint == null ? ru.perechen.catalog.ChannelKind.OFFLINE : touchpoint.kind(),
                named, content.specifics(), content.basis(), content.customValues());
    }

    private static ListEntryEntity toEntity(ListRow row, int validFrom) {
        String search = String.join(" ", Objects.toString(row.groupTitle(), ""), row.processName(),
                Objects.toString(row.unitName(), ""), row.touchpointName(), needsText(row.needs()),
                Objects.toString(row.specifics(), ""), Objects.toString(row.basis(), ""),
                String.join(" ", row.customValues().values())).toLowerCase(Locale.ROOT);
        return new ListEntryEntity(row.entryKey(), validFrom, row.groupId(), row.groupNumber(), row.groupTitle(),
                row.processId(), row.processName(), row.unitId(), row.unitName(), row.touchpointId(), row.touchpointName(),
                row.kind(), JSON.writeValueAsString(row.needs()), row.specifics(), row.basis(),
                JSON.writeValueAsString(row.customValues()),
                row.needs().stream().map(n -> n.needId().toString()).collect(Collectors.joining(",")), search);
    }

    private static ListRow toRow(ListEntryEntity e) {
        return new ListRow(e.getEntryKey(), e.getId(), e.getValidFrom(), e.getGroupId(), e.getGroupNumber(), e.getGroupTitle(),
                e.getProcessId(), e.getProcessName(), e.getUnitId(), e.getUnitName(), e.getTouchpointId(),
                e.getTouchpointName(), e.getKind(), JSON.readValue(e.getNeeds(), NEEDS), e.getSpecifics(), e.getBasis(),
                JSON.readValue(e.getCustomValues(), CUSTOM));
    }

    private static ListVersion toRecord(ListVersionEntity e) {
        return new ListVersion(e.getId(), e.getNumber(), e.getActNumber(), e.getActDate(), e.getEnactedAt(), e.getEnactedBy(),
                e.getChangeRequestId(), e.getRequestNumber(), e.getApprovedBy(), e.getRowCount());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Catalogs catalogs() {
        TenantContext.requireAgency();
        return new Catalogs(
                registry.list().stream().collect(Collectors.toMap(AgencyProcess::id, Function.identity())),
                groups.list().stream().collect(Collectors.toMap(ProcessGroup::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)),
                units.list().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity())),
                touchpoints.list().stream().collect(Collectors.toMap(Touchpoint::id, Function.identity())),
                needs.list().stream().collect(Collectors.toMap(ClientNeed::id, Function.identity())),
                templates.current().columns().stream().filter(TemplateColumn::isCustom)
                        .collect(Collectors.toMap(TemplateColumn::id, Function.identity())));
    }

    /** The catalogues as they are now, read once per action. */
    record Catalogs(Map<UUID, AgencyProcess> processes, Map<UUID, ProcessGroup> groups, Map<UUID, OrgUnit> units,
                    Map<UUID, Touchpoint> touchpoints, Map<UUID, ClientNeed> needs, Map<UUID, TemplateColumn> customColumns) {

        Set<UUID> activeNeedIds() {
            return needs.values().stream().filter(n -> !n.retired()).map(ClientNeed::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
