package ru.perechen.feedback;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.feedback.UnitReport.Line;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;

/**
 * The lines of the units' reports: which process group × channel kind each unit answers for (its rows in
 * the list in force, and whatever its responses name), and the feedback counted over the quarter's
 * responses in one aggregate query. A response belongs to a unit when its process has that one unit —
 * the same rule that files it when it is stored.
 */
@Component
class UnitReportFigures {

    private static final Comparator<Line> ORDER = Comparator
            .comparing((Line l) -> l.groupNumber() == null ? Integer.MAX_VALUE : l.groupNumber())
            .thenComparing(l -> l.groupTitle() == null ? "\uffff" : l.groupTitle())
            .thenComparing(l -> wayOrder(l.way()));

    private final JdbcClient jdbc;
    private final ListService list;
    private final ProcessRegistryService registry;
    private final ProcessGroupService groups;

    UnitReportFigures(JdbcClient jdbc, ListService list, ProcessRegistryService registry, ProcessGroupService groups) {
        this.jdbc = jdbc;
        this.list = list;
        this.registry = registry;
        this.groups = groups;
    }

    /** Every unit's lines for the quarter (counted), keyed by unit, each in the form's order. */
    Map<UUID, List<Line>> lines(Quarter quarter) {
        Map<UUID, ProcessGroup> groupsById = new HashMap<>();
        groups.list().forEach(g -> groupsById.put(g.id(), g));
        Map<UUID, Map<String, Line>> byUnit = new LinkedHashMap<>();
        expected(groupsById).forEach(byUnit::put);
        jdbc.sql("select unit_id, group_id, way, count(*) as n,"
                        + " count(*) filter (where coalesce(comment, '') <> '' or difficulties <> '{}'::jsonb) as reviews,"
                        + " count(satisfied) as answered, count(*) filter (where satisfied) as satisfied"
                        + " from feedback_response where unit_id is not null and answered_at >= :from and answered_at < :to"
                        + " group by unit_id, group_id, way")
                .param("from", Timestamp.from(quarter.start())).param("to", Timestamp.from(quarter.end()))
                .query(rs -> {
                    UUID unit = rs.getObject("unit_id", UUID.class);
                    UUID group = rs.getObject("group_id", UUID.class);
                    String way = rs.getString("way");
                    ProcessGroup g = group == null ? null : groupsById.get(group);
                    byUnit.computeIfAbsent(unit, u -> new LinkedHashMap<>()).put(Line.key(group, way),
                            new Line(group, g == null ? null : g.number(), g == null ? null : g.titleForPrint(), way, null,
                                    rs.getLong("n"), rs.getLong("reviews"), rs.getLong("answered"), rs.getLong("satisfied")));
                });
        Map<UUID, List<Line>> result = new LinkedHashMap<>();
        byUnit.forEach((unit, lines) -> result.put(unit, lines.values().stream().sorted(ORDER).toList()));
        return result;
    }

    /** One unit's lines. */
    List<Line> lines(Quarter quarter, UUID unitId) {
        return lines(quarter).getOrDefault(unitId, List.of());
    }

    /** The lines each unit answers for by the list in force, with nothing counted yet. */
    private Map<UUID, Map<String, Line>> expected(Map<UUID, ProcessGroup> groupsById) {
        Map<UUID, AgencyProcess> processes = new HashMap<>();
        registry.list().forEach(p -> processes.put(p.id(), p));
        Map<UUID, Map<String, Line>> byUnit = new LinkedHashMap<>();
        for (ListRow row : list.allRows(list.currentNumber())) {
            UUID unit = row.unitId();
            AgencyProcess process = processes.get(row.processId());
            if (unit == null) {
                unit = ResponseStore.Where.soleUnit(process);
            }
            if (unit == null) {
                continue;
            }
            String way = row.kind() == ChannelKind.DIGITAL ? Field.ONLINE : Field.IN_PERSON;
            ProcessGroup g = row.groupId() == null ? null : groupsById.get(row.groupId());
            Line line = new Line(row.groupId(), g == null ? row.groupNumber() : g.number(), g == null ? row.groupTitle() : g.titleForPrint(),
                    way, null, 0, 0, 0, 0);
            byUnit.computeIfAbsent(unit, u -> new LinkedHashMap<>()).putIfAbsent(line.key(), line);
        }
        return byUnit;
    }

    private static int wayOrder(String way) {
        return Field.ONLINE.equals(way) ? 0 : Field.IN_PERSON.equals(way) ? 1 : 2;
    }

    /** The lines as a unit sees them: the counted ones with what it entered. */
    static List<Line> withServed(List<Line> counted, Map<String, Integer> served) {
        List<Line> lines = new ArrayList<>();
        counted.forEach(l -> lines.add(l.withServed(served.get(l.key()))));
        return lines;
    }
}
