package ru.perechen.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.Touchpoint;

/** The methodology's rules over a list's rows, judged against the agency's catalogues as they are now. */
final class ListRules {

    private ListRules() {
    }

    static List<RuleFinding> check(List<ListRow> rows, ListService.Catalogs catalogs) {
        List<RuleFinding> findings = new ArrayList<>();
        duplicates(rows, findings);
        Set<UUID> activeNeeds = catalogs.activeNeedIds();
        for (ListRow row : rows) {
            if (row.needs().stream().noneMatch(n -> activeNeeds.contains(n.needId()))) {
                findings.add(new RuleFinding(ListRule.ROW_WITHOUT_NEEDS, describe(row), List.of(row.entryKey())));
            }
        }
        missingTouchpoints(rows, catalogs, findings);
        emptyGroups(rows, catalogs, findings);
        for (ListRow row : rows) {
            AgencyProcess process = catalogs.processes().get(row.processId());
            Touchpoint touchpoint = catalogs.touchpoints().get(row.touchpointId());
            boolean basis = notBlank(row.basis()) || (touchpoint != null && notBlank(touchpoint.basis()))
                    || (process != null && !process.bases().isEmpty());
            if (!basis) {
                findings.add(new RuleFinding(ListRule.ROW_WITHOUT_BASIS, describe(row), List.of(row.entryKey())));
            }
        }
        grouped(rows, findings, ListRule.EXCLUDED_PROCESS, r -> {
            AgencyProcess p = catalogs.processes().get(r.processId());
            return p == null || p.excluded() ? r.processName() : null;
        });
        grouped(rows, findings, ListRule.RETIRED_TOUCHPOINT, r -> {
            Touchpoint t = catalogs.touchpoints().get(r.touchpointId());
            return t == null || t.retired() ? r.touchpointName() : null;
        });
        grouped(rows, findings, ListRule.CHANGED_KIND, r -> {
            Touchpoint t = catalogs.touchpoints().get(r.touchpointId());
            return t != null && t.kind() != r.kind() ? r.touchpointName() : null;
        });
        Map<UUID, ClientNeed> needs = catalogs.needs();
        Map<String, List<UUID>> retired = new LinkedHashMap<>();
        for (ListRow row : rows) {
            for (EntryNeed n : row.needs()) {
                ClientNeed need = needs.get(n.needId());
                if (need == null || need.retired()) {
                    retired.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(row.entryKey());
                }
            }
        }
        retired.forEach((name, keys) -> findings.add(new RuleFinding(ListRule.RETIRED_NEED, name, keys)));
        return findings;
    }

    private static void duplicates(List<ListRow> rows, List<RuleFinding> findings) {
        rows.stream().collect(Collectors.groupingBy(ListRow::uniquenessKey, LinkedHashMap::new, Collectors.toList()))
                .values().stream().filter(same -> same.size() > 1)
                .forEach(same -> findings.add(new RuleFinding(ListRule.DUPLICATE_TOUCHPOINT, describe(same.getFirst()),
                        same.stream().map(ListRow::entryKey).toList())));
    }

    /** Rule 5 per process, and rule 2 per owner unit of a process several units run. */
    private static void missingTouchpoints(List<ListRow> rows, ListService.Catalogs catalogs, List<RuleFinding> findings) {
        Map<UUID, List<ListRow>> byProcess = rows.stream().collect(Collectors.groupingBy(ListRow::processId));
        for (AgencyProcess process : catalogs.processes().values().stream()
                .sorted(java.util.Comparator.comparing((AgencyProcess p) -> p.groupNumber() == null ? Integer.MAX_VALUE : p.groupNumber())
                        .thenComparing(AgencyProcess::name)).toList()) {
            ProcessGroup group = catalogs.groups().get(process.groupId());
            if (process.excluded() || (group != null && group.retired())) {
                continue;
            }
            List<ListRow> own = byProcess.getOrDefault(process.id(), List.of());
            if (own.isEmpty()) {
                findings.add(new RuleFinding(ListRule.PROCESS_WITHOUT_TOUCHPOINTS, process.name(), List.of()));
                continue;
            }
            List<AgencyProcess.UnitRef> owners = process.owners().stream().filter(o -> !o.closed()).toList();
            if (!process.uniformForAllUnits() && owners.size() > 1) {
                Set<UUID> covered = own.stream().map(ListRow::unitId).collect(Collectors.toSet());
                owners.stream().filter(o -> !covered.contains(o.id())).forEach(o -> findings.add(new RuleFinding(
                        ListRule.UNIT_WITHOUT_TOUCHPOINTS, process.name() + " — " + o.name(), List.of())));
            }
        }
    }

    private static void emptyGroups(List<ListRow> rows, ListService.Catalogs catalogs, List<RuleFinding> findings) {
        Set<UUID> used = rows.stream().map(ListRow::groupId).collect(Collectors.toSet());
        Set<UUID> withProcesses = catalogs.processes().values().stream().filter(p -> !p.excluded())
                .map(AgencyProcess::groupId).collect(Collectors.toSet());
        catalogs.groups().values().stream().filter(g -> !g.retired())
                .filter(g -> !used.contains(g.id()) && !withProcesses.contains(g.id()))
                .forEach(g -> findings.add(new RuleFinding(ListRule.GROUP_WITHOUT_PROCESSES, g.titleForPrint(), List.of())));
    }

    private static void grouped(List<ListRow> rows, List<RuleFinding> findings, ListRule rule,
                                java.util.function.Function<ListRow, String> subject) {
        Map<String, List<UUID>> bySubject = new LinkedHashMap<>();
        for (ListRow row : rows) {
            String s = subject.apply(row);
            if (s != null) {
                bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(row.entryKey());
            }
        }
        bySubject.forEach((s, keys) -> findings.add(new RuleFinding(rule, s, keys)));
    }

    static String describe(ListRow row) {
        return row.processName() + (row.unitName() == null ? "" : " (" + row.unitName() + ")") + " — " + row.touchpointName();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
