package ru.perechen.register;

import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Figures, not a test: a 5,000-row list (250 processes × 20 touchpoints) on the real embedded
 * PostgreSQL, then what the list page does when it opens, a 500-row change enacted, and the diff of
 * two 5,000-row versions. Each figure is the median of several runs after a warm-up; nothing is
 * asserted about time. Run with {@code ./infra/bench.sh}; the figures go to the console and to
 * {@code platform-core/target/benchmarks/list.txt}.
 */
@Tag("benchmark")
@SpringBootTest(classes = CoreTestApplication.class)
class ListBenchmark {

    private static final int PROCESSES = 250;
    private static final int TOUCHPOINTS = 20;
    private static final int RUNS = 5;

    @Autowired AgencyDirectory directory;
    @Autowired ListService list;
    @Autowired ProcessGroupService groups;
    @Autowired ProcessRegistryService registry;
    @Autowired TouchpointService touchpoints;
    @Autowired ClientNeedService needs;
    @Autowired ListTemplateService templates;

    private final List<String> report = new ArrayList<>();

    @Test
    void figures_for_a_5000_row_list() throws IOException {
        AgencyId agency = TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("90", "Область замеров");
            return directory.registerAgency(new AgencyDirectory.NewAgency(region, "bench", "Министерство замеров",
                    "Министерство замеров", AgencyType.MINISTRY, null, null));
        });
        TenantPrincipal admin = agencyUser(agency, Role.TENANT_ADMIN);
        long setupStart = System.nanoTime();
        List<RowChange> initial = as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.values()));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            templates.applyPreset(ListTemplateDraft.methodology());
            List<ProcessGroup> groupList = groups.list();
            List<ClientNeed> needList = needs.list();
            List<Touchpoint> points = new ArrayList<>();
            ChannelType[] types = ChannelType.values();
            for (int t = 0; t < TOUCHPOINTS; t++) {
                ChannelType type = types[t % types.length];
                String address = switch (type.address()) {
                    case WEB -> "https://bench.example.ru/tp" + t;
                    case EMAIL -> "tp" + t + "@bench.example.ru";
                    case PHONE -> "+7 383 000-00-" + String.format("%02d", t);
                    case ANY -> "адрес " + t;
                };
                points.add(touchpoints.create(new TouchpointDraft("Точка взаимодействия № " + t, null, type, address, null,
                        "Положение о министерстве")));
            }
            List<RowChange> rows = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                ProcessGroup group = groupList.get(p % groupList.size());
                AgencyProcess process = registry.create(new ProcessDraft("Процесс замера № " + p + " (" + group.name() + ")", group.id(),
                        ProcessKind.values()[p % ProcessKind.values().length], true, Set.of(), List.of(), null, null));
                for (Touchpoint point : points) {
                    ClientNeed a = needList.get((p + point.name().length()) % needList.size());
                    ClientNeed b = needList.get((p + 3) % needList.size());
                    rows.add(new RowChange.Add(UUID.randomUUID(), new RowContent(process.id(), null, point.id(),
                            a.id().equals(b.id()) ? List.of(new NeedInteraction(a.id(), "Взаимодействие " + p))
                                    : List.of(new NeedInteraction(a.id(), "Взаимодействие " + p), new NeedInteraction(b.id(), null)),
                            null, null, Map.of())));
                }
            }
            return rows;
        });
        line("setup: %d processes, %d touchpoints, %d rows to enact (catalogues built in %.0f ms)", PROCESSES, TOUCHPOINTS,
                initial.size(), (System.nanoTime() - setupStart) / 1e6);

        long enactStart = System.nanoTime();
        ListVersion first = as(admin, () -> list.enact(new Enactment(null, null, null, null, null, initial)));
        line("enact the initial 5,000-row version: %.0f ms (once)", (System.nanoTime() - enactStart) / 1e6);

        // what the list page does when it opens: the count, the first page of rows, every row for the rules panel
        measure("open the list: count + first page of 50 rows", () -> as(admin, () -> {
            long n = list.count(first.number(), ListFilter.ALL);
            return n + list.rows(first.number(), ListFilter.ALL, 0, 50).size();
        }));
        measure("scroll: a page of 50 rows from row 4,500", () -> as(admin, () -> list.rows(first.number(), ListFilter.ALL, 4500, 50).size()));
        measure("search: «замера № 12» over 5,000 rows (count + page)", () -> as(admin, () -> {
            ListFilter f = new ListFilter(null, null, null, null, "замера № 12", null);
            return list.count(first.number(), f) + list.rows(first.number(), f, 0, 50).size();
        }));
        measure("rules panel: all 5,000 rows read and checked", () -> as(admin, () -> list.findings(first.number()).size()));

        List<ListRow> rows = as(admin, () -> list.allRows(first.number()));
        List<RowChange> change = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ListRow row = rows.get(i * (rows.size() / 500));
            RowContent c = row.content();
            change.add(new RowChange.Modify(row.entryKey(), row.revisionId(), new RowContent(c.processId(), c.unitId(), c.touchpointId(),
                    c.needs(), "Особенности после изменения " + i, c.basis(), c.customValues())));
        }
        measure("preview of a 500-row draft (result, diff, rules)", () -> as(admin, () -> list.preview(change).diff().rows().size()));
        Runtime runtime = Runtime.getRuntime();
        runtime.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        ListVersion second = as(admin, () -> list.enact(new Enactment(null, null, "1", java.time.LocalDate.of(2026, 11, 30), null, change)));
        line("enact a 500-row change as version %d: %.0f ms (once: a version is enacted once)", second.number(),
                (System.nanoTime() - start) / 1e6);
        measure("diff of two 5,000-row versions (500 rows changed)", () -> as(admin, () -> list.diff(first.number(), second.number())
                .rows().size()));
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        line("heap in use around the enactment and diffs: %.0f MB → %.0f MB", heapBefore / 1e6, heapAfter / 1e6);
        line("machine: %d cores, JDK %s, max heap %.0f MB", runtime.availableProcessors(), Runtime.version(), runtime.maxMemory() / 1e6);

        Path out = Path.of("target/benchmarks/list.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private void measure(String what, Supplier<Object> work) {
        work.get();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        line("%s: median %.1f ms (min %.1f, max %.1f, %d runs)", what, ms[RUNS / 2], ms[0], ms[RUNS - 1], RUNS);
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
