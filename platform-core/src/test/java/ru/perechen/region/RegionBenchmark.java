package ru.perechen.region;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;

/**
 * Figures, not a test (see infra/bench.sh): a region of 60 agencies, each with a year of history — four
 * versions of a 5,000-row list (each changing 500 rows), their publications, review tasks, change requests — and the dashboard's data computed over it, as of today and as of a past day,
 * and the trend over four quarter ends. Written to {@code platform-core/target/benchmarks/region.txt}.
 */
@Tag("benchmark")
@SpringBootTest(classes = CoreTestApplication.class)
class RegionBenchmark {

    static final int AGENCIES = 60;
    static final int ROWS = 5000;

    @Autowired AgencyDirectory directory;
    @Autowired RegionDashboardService dashboards;
    @Autowired RegionListQueries lists;
    @Autowired RegionWorkQueries work;
    @Autowired RegionFindings findings;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private final List<String> report = new ArrayList<>();

    @Test
    void figures_for_a_region_of_60_agencies_with_5000_row_lists_and_a_year_of_history() throws Exception {
        RegionId region = TenantContext.callAsSystem(() -> directory.registerRegion("79", "Область замеров региона"));
        long start = System.nanoTime();
        for (int a = 0; a < AGENCIES; a++) {
            int n = a;
            AgencyId agency = TenantContext.callAsSystem(() -> directory.registerAgency(new AgencyDirectory.NewAgency(region, "rgb-" + n,
                    "Орган замера " + n, "Орган " + n, AgencyType.MINISTRY, null, null)));
            TenantContext.callAsAgency(agency, () -> new TransactionTemplate(transactions).execute(s -> {
                seed(agency, n);
                return null;
            }));
        }
        line("setup: %d agencies × %d rows × 4 versions, a year of history: %.0f s", AGENCIES, ROWS, (System.nanoTime() - start) / 1e9);
        TenantContext.callAsSystem(() -> new TransactionTemplate(transactions).execute(s -> {
            for (String table : List.of("list_entry", "list_version", "publication", "review_task", "change_request", "agency_process",
                    "touchpoint", "feedback_response")) {
                jdbc.sql("analyze " + table).update();
            }
            return null;
        }));
        LocalDate today = dashboards.today();
        // the first count after the JVM starts also loads and compiles the code and reads the rows from disk: reported apart
        long w = System.nanoTime();
        TenantContext.callAsSystem(() -> dashboards.dashboard(region, today.minusMonths(8)));
        line("warm-up: dashboard as of %s, the first after start (JIT, buffers cold), findings counted: %.0f ms", today.minusMonths(8),
                (System.nanoTime() - w) / 1e6);
        for (LocalDate day : List.of(today, today.minusMonths(5), today.minusMonths(2))) {
            for (int run = 1; run <= 5; run++) {
                long t = System.nanoTime();
                RegionDashboard d = TenantContext.callAsSystem(() -> dashboards.dashboard(region, day));
                line("dashboard as of %s, run %d (%s): %.0f ms (%d agencies, %d rows in force, %d findings)", day, run, run == 1 ? "findings counted" : "findings kept", (System.nanoTime() - t) / 1e6,
                        d.agencies().size(), d.agencies().stream().mapToInt(x -> x.list() == null ? 0 : x.list().rows()).sum(),
                        d.agencies().stream().mapToInt(x -> x.compliance() == null ? 0 : x.compliance().errors() + x.compliance().warnings()).sum());
            }
        }
        java.time.Instant end = today.plusDays(1).atStartOfDay(RegionDashboardService.ZONE).toInstant();
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        java.util.Map<String, java.util.function.Supplier<Object>> parts = new java.util.LinkedHashMap<>();
        parts.put("versions", () -> lists.versions(end));
        parts.put("registry", () -> lists.registry(today));
        parts.put("findings and counts (kept)", () -> findings.facts(end));
        parts.put("publications", () -> work.publications(end, today));
        parts.put("tasks", () -> work.tasks(end));
        parts.put("requests in approval", () -> work.inApproval(end));
        parts.put("requests enacted", () -> work.enacted(end.minusSeconds(366L * 86400), end));
        parts.put("feedback", () -> work.feedback(end.minusSeconds(90L * 86400), end));
        for (var part : parts.entrySet()) {
            long p = System.nanoTime();
            TenantContext.callAsSystem(() -> TenantContext.callInRegionScope(region, () -> readOnly.execute(x -> part.getValue().get())));
            line("  part %-28s %.0f ms", part.getKey(), (System.nanoTime() - p) / 1e6);
        }
        if (Boolean.getBoolean("bench.explain")) {
            List<String> plan = TenantContext.callAsSystem(() -> TenantContext.callInRegionScope(region, () -> readOnly.execute(x -> {
                jdbc.sql("set local work_mem = '" + RegionFindings.WORK_MEM + "'").update();
                return jdbc.sql("explain (analyze, costs off) " + RegionFindings.QUERY)
                            .param("end", java.time.OffsetDateTime.ofInstant(end, java.time.ZoneOffset.UTC))
                            .param("agencies", directory.agenciesOf(region).stream().map(a -> a.id().value()).toArray(java.util.UUID[]::new))
                            .query(String.class).list();
            })));
            Files.write(Path.of("target/benchmarks/region-findings-plan.txt"), plan);
        }
        long t = System.nanoTime();
        List<RegionDashboard> trend = TenantContext.callAsSystem(() -> dashboards.history(region, today, 4));
        line("trend: %d dashboards (four quarter ends and today) in %.0f ms", trend.size(), (System.nanoTime() - t) / 1e6);
        Path out = Path.of("target/benchmarks/region.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    /** One agency's year: catalogues, four versions three months apart, publications, tasks, requests, responses. */
    private void seed(AgencyId agency, int n) {
        for (String statement : SEED.split(";\n")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement).param("a", agency.value()).param("n", n).param("rows", ROWS).update();
            }
        }
    }

    private static final String SEED = """
                insert into process_group (id, agency_id, position, name) select gen_random_uuid(), :a, g, 'Направление ' || g
                from generate_series(1, 10) g;
                insert into client_need (id, agency_id, position, name) values (gen_random_uuid(), :a, 1, 'Получение информации');
                insert into agency_process (id, agency_id, group_id, name, kind, included_on)
                select gen_random_uuid(), :a, (select id from process_group where agency_id = :a and position = 1 + p % 10),
                       'Процесс ' || p, 'PUBLIC_SERVICE', date '2025-01-01' from generate_series(1, 520) p;
                insert into touchpoint (id, agency_id, name, channel_kind, channel_type)
                select gen_random_uuid(), :a, 'Точка ' || t, case when t % 3 = 0 then 'OFFLINE' else 'DIGITAL' end,
                       (array['SITE','EPGU','PHONE','EMAIL','RECEPTION','POST','MFC','SOCIAL_NETWORK'])[1 + t % 8] from generate_series(1, 40) t;
                insert into change_request (id, agency_id, number, title, status, initiator_id, initiator_name, base_version, created_at,
                                            submitted_at, first_submitted_at, closed_at)
                select gen_random_uuid(), :a, c, 'Запрос ' || c, case when c <= 4 then 'ENACTED' else 'IN_APPROVAL' end, 'x', 'Замер', 0,
                       now() - (420 - 90 * c) * interval '1 day', now() - (415 - 90 * c) * interval '1 day',
                       now() - (415 - 90 * c) * interval '1 day', case when c <= 4 then now() - (400 - 90 * c) * interval '1 day' end
                from generate_series(1, 6) c;
                insert into list_version (id, agency_id, number, act_number, act_date, enacted_at, enacted_by, row_count, change_request_id)
                select gen_random_uuid(), :a, v, v || '-п', current_date - (400 - 90 * v), now() - (400 - 90 * v) * interval '1 day',
                       'замер', :rows, (select id from change_request where agency_id = :a and number = v) from generate_series(1, 4) v;
                insert into publication (id, agency_id, version_number, enacted_on, working_days, due_on, published_url, published_on, recorded_at)
                select gen_random_uuid(), :a, v, current_date - (400 - 90 * v), 5, current_date - (393 - 90 * v),
                       case when v < 4 or :n % 3 = 0 then 'https://x.example.ru/p' end,
                       case when v < 4 or :n % 3 = 0 then current_date - (393 - 90 * v) + (:n % 4) end,
                       case when v < 4 or :n % 3 = 0 then now() - (393 - 90 * v - :n % 4) * interval '1 day' end
                from generate_series(1, 4) v;
                with p as (select id, row_number() over (order by name) as i, group_id from agency_process where agency_id = :a),
                     t as (select id, row_number() over (order by name) as i, channel_kind from touchpoint where agency_id = :a),
                     need as (select id from client_need where agency_id = :a)
                insert into list_entry (id, agency_id, entry_key, valid_from, valid_to, group_id, group_title, process_id, process_name,
                                        touchpoint_id, touchpoint_name, channel_kind, needs)
                select gen_random_uuid(), :a, gen_random_uuid(), case when r <= 500 then 1 + r % 4 else 1 end,
                       case when r <= 500 and r % 4 < 3 then 2 + r % 4 end, p.group_id, 'Направление', p.id, 'Процесс',
                       t.id, 'Точка', t.channel_kind, jsonb_build_array(jsonb_build_object('needId', (select id from need), 'name', 'Получение информации'))
                from generate_series(1, :rows) r join p on p.i = 1 + r % 500 join t on t.i = 1 + (r / 500) % 40;
                insert into review_task (id, agency_id, reason, subject, subject_key, status, created_at, closed_at)
                select gen_random_uuid(), :a, (array['PROCESS_INCLUDED','STEP_OVERDUE','PUBLICATION_OVERDUE'])[1 + k % 3], 'Задача ' || k, 'k' || k,
                       case when k % 2 = 0 then 'CLOSED' else 'OPEN' end, now() - k * interval '12 days',
                       case when k % 2 = 0 then now() - k * interval '6 days' end from generate_series(1, 30) k;
                insert into feedback_settings (id, agency_id, enabled) values (gen_random_uuid(), :a, :n % 2 = 0);
                """;

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
