package ru.perechen.documents;

import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StandardColumn;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.register.Enactment;
import ru.perechen.register.EntryNeed;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersion;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Figures, not a test: XLSX export of 10,000 and 100,000 rows (rows/s, peak heap), the parse of an
 * exported 10,000-row file, and a 3,000-row import end to end (check, parse, mapping, catalogues,
 * rules) against the real embedded PostgreSQL. Run with {@code ./infra/bench.sh}; figures go to the
 * console and to {@code platform-core/target/benchmarks/documents.txt}.
 */
@Tag("benchmark")
@SpringBootTest(classes = CoreTestApplication.class)
class DocumentsBenchmark {

    @Autowired AgencyDirectory directory;
    @Autowired ListService list;
    @Autowired ProcessGroupService groups;
    @Autowired ProcessRegistryService registry;
    @Autowired TouchpointService touchpoints;
    @Autowired ClientNeedService needs;
    @Autowired ListTemplateService templates;
    @Autowired ListImportService imports;
    @Autowired ListExportService exports;

    private final List<String> report = new ArrayList<>();

    @Test
    void figures_for_documents() throws IOException {
        ListTemplate template = new ListTemplate(true, java.util.Arrays.stream(StandardColumn.values())
                .map(c -> new TemplateColumn(UUID.randomUUID(), c, null, c.methodologyTitle(), true, List.of())).toList(), 0);
        ListVersion version = new ListVersion(UUID.randomUUID(), 1, "34", java.time.LocalDate.of(2024, 1, 31), Instant.now(), "bench",
                null, null, null, 0);
        for (int size : new int[] {10_000, 100_000}) {
            List<ListRow> rows = syntheticRows(size);
            PrintedList printed = PrintedList.of("Министерство замеров", version, template, rows);
            XlsxListWriter.write(printed, OutputStream.nullOutputStream());
            long best = Long.MAX_VALUE;
            long[] bytes = new long[1];
            long peak = 0;
            for (int run = 0; run < 3; run++) {
                Counting out = new Counting();
                Peak heap = Peak.start();
                long start = System.nanoTime();
                XlsxListWriter.write(PrintedList.of("Министерство замеров", version, template, rows), out);
                best = Math.min(best, System.nanoTime() - start);
                peak = Math.max(peak, heap.stop());
                bytes[0] = out.count;
            }
            line("XLSX export of %,d rows: %.0f ms, %,.0f rows/s, %.1f MB file, heap peak above the rows held: %.0f MB",
                    size, best / 1e6, size / (best / 1e9), bytes[0] / 1e6, peak / 1e6);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        XlsxListWriter.write(PrintedList.of("Министерство замеров", version, template, syntheticRows(10_000)), file);
        byte[] bytes = file.toByteArray();
        long best = Long.MAX_VALUE;
        long peak = 0;
        for (int run = 0; run < 4; run++) {
            Peak heap = Peak.start();
            long start = System.nanoTime();
            TableReader.read(UploadGuard.check("list.xlsx", bytes), bytes);
            best = Math.min(best, System.nanoTime() - start);
            peak = Math.max(peak, heap.stop());
        }
        line("import parse of a 10,000-row XLSX (%.1f MB): archive check + read: %.0f ms, %,.0f rows/s, heap peak %.0f MB",
                bytes.length / 1e6, best / 1e6, 10_000 / (best / 1e9), peak / 1e6);

        endToEnd();
        Runtime runtime = Runtime.getRuntime();
        line("machine: %d cores, JDK %s, max heap %.0f MB", runtime.availableProcessors(), Runtime.version(), runtime.maxMemory() / 1e6);
        Path out = Path.of("target/benchmarks/documents.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    /** 150 processes × 20 touchpoints enacted, exported, and imported back through the whole preview. */
    private void endToEnd() {
        AgencyId agency = TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("89", "Область замеров документов");
            return directory.registerAgency(new AgencyDirectory.NewAgency(region, "bench-docs", "Министерство замеров документов",
                    "Министерство замеров документов", AgencyType.MINISTRY, null, null));
        });
        TenantPrincipal admin = agencyUser(agency, ru.perechen.tenancy.Role.TENANT_ADMIN);
        List<RowChange> rows = as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.values()));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            templates.applyPreset(ListTemplateDraft.methodology());
            List<ProcessGroup> groupList = groups.list();
            List<ClientNeed> needList = needs.list();
            List<Touchpoint> points = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                points.add(touchpoints.create(new TouchpointDraft("Точка взаимодействия № " + t, null, ChannelType.OTHER,
                        "адрес " + t, null, null)));
            }
            List<RowChange> made = new ArrayList<>();
            for (int p = 0; p < 150; p++) {
                ProcessGroup group = groupList.get(p % groupList.size());
                AgencyProcess process = registry.create(new ProcessDraft("Процесс замера № " + p, group.id(), ProcessKind.OTHER, true,
                        Set.of(), List.of(), null, null));
                for (Touchpoint point : points) {
                    made.add(new RowChange.Add(UUID.randomUUID(), new RowContent(process.id(), null, point.id(), List.of(
                            new NeedInteraction(needList.get(p % needList.size()).id(), "Взаимодействие " + p),
                            new NeedInteraction(needList.get((p + 4) % needList.size()).id(), null)), null, null, Map.of())));
                }
            }
            return made;
        });
        as(admin, () -> list.enact(new Enactment(null, null, "1", java.time.LocalDate.of(2026, 1, 15), null, rows)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(admin, () -> {
            exports.export(1, DocumentFormat.XLSX, out);
            return null;
        });
        byte[] file = out.toByteArray();
        as(admin, () -> imports.preview("list.xlsx", file, Map.of(), true));
        long best = Long.MAX_VALUE;
        long unchanged = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            ImportPreview preview = as(admin, () -> imports.preview("list.xlsx", file, Map.of(), true));
            best = Math.min(best, System.nanoTime() - start);
            unchanged = preview.count(ImportPreview.Status.UNCHANGED);
        }
        line("import of a 3,000-row XLSX end to end (check, parse, mapping, catalogues, rules over the result): %.0f ms "
                + "(%,d rows understood as unchanged)", best / 1e6, unchanged);
    }

    private static List<ListRow> syntheticRows(int size) {
        List<ListRow> rows = new ArrayList<>(size);
        UUID need = UUID.randomUUID();
        for (int i = 0; i < size; i++) {
            int process = i / 20;
            int group = process / 50;
            rows.add(new ListRow(UUID.randomUUID(), UUID.randomUUID(), 1, new UUID(0, group), group + 1,
                    "Направление деятельности № " + (group + 1), new UUID(1, process), "Процесс № " + process + " — предоставление услуги",
                    null, null, new UUID(2, i % 20), "Точка взаимодействия № " + (i % 20), i % 2 == 0 ? ChannelKind.DIGITAL : ChannelKind.OFFLINE,
                    List.of(new EntryNeed(need, "Получение информации", "Размещение сведений о порядке " + i),
                            new EntryNeed(need, "Получение консультации", null)), i % 3 == 0 ? null : "Особенности " + i, null, Map.of()));
        }
        return rows;
    }

    private void line(String format, Object... args) {
        report.add(String.format(java.util.Locale.ROOT, format, args));
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Samples the heap in use every few milliseconds while an operation runs: the peak above the start. */
    private static final class Peak {
        private final AtomicLong max = new AtomicLong();
        private final long base;
        private volatile boolean running = true;
        private final Thread sampler;

        private Peak() {
            System.gc();
            base = used();
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    max.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        static Peak start() {
            return new Peak();
        }

        long stop() {
            running = false;
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(0, max.get() - base);
        }

        private static long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }

}
