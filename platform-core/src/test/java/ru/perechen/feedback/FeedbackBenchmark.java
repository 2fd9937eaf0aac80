package ru.perechen.feedback;

import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Figures, not a test (see infra/bench.sh): 100,000 responses in one agency-quarter, the nine-parameter
 * analysis and the units' reports over them; 50 submissions of the public form at once; and a 20,000-row import. Written to
 * {@code platform-core/target/benchmarks/feedback.txt}.
 */
@Tag("benchmark")
@SpringBootTest(classes = CoreTestApplication.class)
class FeedbackBenchmark {

    @Autowired AgencyDirectory directory;
    @Autowired FeedbackSetup setup;
    @Autowired FeedbackAnalysisService analysis;
    @Autowired UnitReportService reports;
    @Autowired ru.perechen.catalog.OrgUnitService units;
    @Autowired ru.perechen.catalog.ProcessGroupService groups;
    @Autowired PublicSurveyService publicSurveys;
    @Autowired FeedbackImport imports;
    @Autowired TouchpointService touchpoints;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private final List<String> report = new ArrayList<>();

    @Test
    void figures_for_100000_responses_and_50_parallel_submissions() throws Exception {
        TestAgencies.Pair pair = TestAgencies.register(directory, "95", "Область замеров отзывов", "fbb", "З");
        TenantPrincipal cc = person(pair.agency(), "fbb-cc", "Замер", Role.CC_DEPUTY, Role.TENANT_ADMIN);
        List<Touchpoint> points = as(cc, () -> {
            setup.change(true, 70, 10, -1);
            List<Touchpoint> made = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                made.add(touchpoints.create(new TouchpointDraft("Точка замера " + t, null, t % 2 == 0 ? ChannelType.RECEPTION : ChannelType.SITE,
                        t % 2 == 0 ? "адрес " + t : "https://fbb.example.ru/" + t, null, "Положение")));
            }
            return made;
        });
        UUID survey = as(cc, () -> setup.survey()).orElseThrow().id();
        // three units and the catalogue's groups, so that the units' reports have lines to count
        List<UUID> unitIds = as(cc, () -> {
            groups.applyCatalogue(List.of(ru.perechen.catalog.DefaultProcessGroup.values()));
            List<UUID> made = new ArrayList<>();
            for (int u = 0; u < 3; u++) {
                made.add(units.create(new ru.perechen.catalog.OrgUnitDraft("Отдел замера " + u, null, null, null, java.util.Set.of())).id());
            }
            return made;
        });
        List<UUID> groupIds = as(cc, () -> groups.list().stream().map(ru.perechen.catalog.ProcessGroup::id).limit(4).toList());
        Quarter quarter = Quarter.of(java.time.LocalDate.now(Quarter.ZONE));
        long insertStart = System.nanoTime();
        TenantContext.callAsAgency(pair.agency(), () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql("""
                insert into feedback_response (id, agency_id, survey_version_id, channel, touchpoint_id, unit_id, group_id, way, applicant, answered_at,
                    provided, satisfied, informed_after_refusal, score_information, score_documents, score_politeness, score_location,
                    score_interface, score_status, score_timeliness, difficulties, submission_key)
                select gen_random_uuid(), :agency, :survey, 'SURVEY_LINK', (:points::uuid[])[1 + i % 20], (:units::uuid[])[1 + i % 3],
                    (:groups::uuid[])[1 + (i / 3) % 4],
                    case when i % 2 = 0 then 'IN_PERSON' else 'ONLINE' end, case when i % 3 = 0 then 'LEGAL' else 'INDIVIDUAL' end,
                    :from::timestamptz + (i % 80) * interval '1 day', i % 5 <> 0, i % 4 <> 0, case when i % 5 = 0 then i % 2 = 0 end,
                    1 + i % 5, 1 + (i / 7) % 5, case when i % 2 = 0 then 1 + i % 4 end, case when i % 2 = 0 then 2 + i % 4 end,
                    case when i % 2 = 1 then 1 + i % 5 end, case when i % 2 = 1 then 1 + (i / 3) % 5 end, 1 + (i / 11) % 5,
                    case when i % 9 = 0 then '{"information":"Долго искал порядок"}'::jsonb else '{}'::jsonb end, gen_random_uuid()
                from generate_series(1, 100000) i""")
                .param("agency", pair.agency().value()).param("survey", survey)
                .param("points", points.stream().map(p -> p.id().toString()).toArray(String[]::new))
                .param("units", unitIds.stream().map(UUID::toString).toArray(String[]::new))
                .param("groups", groupIds.stream().map(UUID::toString).toArray(String[]::new))
                .param("from", java.sql.Timestamp.from(quarter.start())).update()));
        line("insert 100,000 responses in one agency-quarter: %.0f ms (setup)", (System.nanoTime() - insertStart) / 1e6);
        TenantContext.callAsAgency(pair.agency(), () -> new TransactionTemplate(transactions).execute(s -> jdbc.sql("analyze feedback_response")
                .update()));
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            FeedbackAnalysis a = as(cc, () -> analysis.analysis(quarter));
            line("analysis run %d: %.0f ms (%d responses, %d touchpoints, overall %.1f %%)", run, (System.nanoTime() - start) / 1e6,
                    a.responses(), a.byTouchpoint().size(), a.overall().get(Parameter.OVERALL).percent());
        }

        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            List<UnitReport> all = as(cc, () -> reports.overview(quarter));
            line("units' reports (Приложение № 2) run %d: %.0f ms (%d units, %d lines, %d responses counted)", run,
                    (System.nanoTime() - start) / 1e6, all.size(), all.stream().mapToInt(r -> r.lines().size()).sum(),
                    all.stream().mapToLong(r -> r.total().feedback()).sum());
        }

        String token = as(cc, setup::links).getFirst().token();
        Answers answers = new Answers(java.util.Map.of(Field.WAY, Field.IN_PERSON, Field.APPLICANT, Field.LEGAL, Field.PROVIDED, Field.YES,
                Field.SATISFIED, Field.YES, Field.INFORMATION, "5", Field.DOCUMENTS, "4", Field.POLITENESS, "5", Field.LOCATION, "4",
                Field.TIMELINESS, "5"), java.util.Map.of(), null, null, false);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        for (int round = 1; round <= 3; round++) {
            List<Future<Long>> sent = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                sent.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    publicSurveys.submit("fbb-a", token, null, answers, UUID.randomUUID());
                    return (System.nanoTime() - t) / 1_000_000;
                }));
            }
            List<Long> times = new ArrayList<>();
            for (Future<Long> f : sent) {
                times.add(f.get());
            }
            times.sort(null);
            line("50 submissions at once, round %d: all in %.0f ms; each p50 %d ms, p95 %d ms, max %d ms", round,
                    (System.nanoTime() - start) / 1e6, times.get(24), times.get(47), times.get(49));
        }
        pool.shutdown();

        // feedback from other channels: the largest file the import takes, 20,000 rows
        StringBuilder csv = new StringBuilder("\uFEFFКанал,15,19,21,23\n");
        String[] rows = {"Телефон,4,1,1,5", "Телефон,1,1,2,3", "ЕПГУ,2,2,2,1"};
        for (int i = 0; i < ImportFile.MAX_ROWS; i++) {
            csv.append(rows[i % rows.length]).append('\n');
        }
        byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long start = System.nanoTime();
        FeedbackImportPreview preview = as(cc, () -> imports.preview("замер.csv", file, java.util.Map.of(), null));
        line("import of a %d-row CSV (%.1f MB): preview in %.0f ms (%d rows accepted)", ImportFile.MAX_ROWS, file.length / 1e6,
                (System.nanoTime() - start) / 1e6, preview.count(FeedbackImportPreview.Status.ACCEPTED));
        start = System.nanoTime();
        FeedbackImportResult stored = as(cc, () -> imports.confirm("замер.csv", file, java.util.Map.of(), null));
        line("  confirmed (read again, checked, stored in one transaction) in %.0f ms (%d stored)", (System.nanoTime() - start) / 1e6,
                stored.stored());
        start = System.nanoTime();
        FeedbackImportResult again = as(cc, () -> imports.confirm("замер.csv", file, java.util.Map.of(), null));
        line("  the same file again in %.0f ms (%d stored, %d already)", (System.nanoTime() - start) / 1e6, again.stored(), again.alreadyImported());
        Path out = Path.of("target/benchmarks/feedback.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
