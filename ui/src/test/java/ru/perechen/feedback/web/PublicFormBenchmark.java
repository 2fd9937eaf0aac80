package ru.perechen.feedback.web;

import static ru.perechen.uitest.ApiTokens.token;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.uitest.MockIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures, not a test (see infra/bench.sh): the client's survey over HTTP, as a phone asks for it — the form
 * opened from a touchpoint's link, block 1 sent, block 2 sent (stored) — one client after another, then
 * ten at once. Answer times as the client measures them, in the same JVM and on the same two cores as the
 * application. Written to {@code ui/target/benchmarks/public-form.txt}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"perechen.demo-data.enabled=true",
        "perechen.public.rate-limit.requests=1000000"})
class PublicFormBenchmark {

    static final Pattern FORM_KEY = Pattern.compile("name=\"form\" value=\"([^\"]+)\"");
    static final Path OUT = Path.of("target/benchmarks/public-form.txt");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> report = new ArrayList<>();

    record Times(List<Long> open, List<Long> block1, List<Long> block2) {
        Times() {
            this(Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()),
                    Collections.synchronizedList(new ArrayList<>()));
        }
    }

    @Test
    void figures_for_the_public_form_over_http() throws Exception {
        String path = link("Официальный сайт");
        for (int i = 0; i < 50; i++) {
            client(path, new Times());
        }
        Times one = new Times();
        for (int i = 0; i < 300; i++) {
            client(path, one);
        }
        line("one client after another, 300 clients (after 50 to warm up):");
        print(one);
        Times ten = new Times();
        try (ExecutorService clients = Executors.newFixedThreadPool(10)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                sent.add(clients.submit(() -> {
                    client(path, ten);
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        }
        line("ten clients at once, 300 clients:");
        print(ten);
        Files.createDirectories(OUT.getParent());
        Files.write(OUT, report);
        report.forEach(System.out::println);
    }

    /** One client: opens the form, sends block 1, sends block 2; each answer must be the expected one. */
    private void client(String path, Times times) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> form = get(path);
        times.open().add(since(t));
        expect(form, 200);
        Map<String, String> answers = new LinkedHashMap<>(Map.of("form", formKey(form.body()), "step", "1", "way", "ONLINE",
                "applicant", "INDIVIDUAL", "provided", "true", "municipality", "г. Новосибирск"));
        if (form.body().contains("name=\"measure\"")) {
            answers.put("measure", "1");
        }
        t = System.nanoTime();
        expect(post(path, answers), 200);
        times.block1().add(since(t));
        answers.putAll(Map.of("step", "2", "satisfied", "true", "information", "5", "documents", "4", "interface", "5", "status", "4",
                "timeliness", "5"));
        t = System.nanoTime();
        expect(post(path, answers), 302);
        times.block2().add(since(t));
    }

    private void print(Times times) {
        line("  the form opened (GET):            %s", percentiles(times.open()));
        line("  block 1 sent (POST, block 2 back): %s", percentiles(times.block1()));
        line("  block 2 sent (POST, stored, 302):  %s", percentiles(times.block2()));
    }

    private static String percentiles(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%d answers)", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                sorted.getLast(), sorted.size());
    }

    private static long since(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
    }

    private String link(String touchpoint) throws Exception {
        String cc = token("minek.cc", "cc-deputy", "minek-nso");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/feedback/touchpoints"))
                .header("Authorization", "Bearer " + cc).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode link : JsonMapper.builder().build().readTree(answer.body())) {
            if (link.get("touchpoint").asString().equals(touchpoint)) {
                return URI.create(link.get("surveyUrl").asString()).getPath();
            }
        }
        throw new AssertionError("no link for " + touchpoint);
    }

    private static String formKey(String html) {
        Matcher m = FORM_KEY.matcher(html);
        if (!m.find()) {
            throw new AssertionError("the form carries no key");
        }
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
