package ru.perechen.api;

import static ru.perechen.uitest.ApiTokens.token;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.uitest.MockIssuer;

/**
 * Figures, not a test: an upload storm against the application in a 768 MB heap (run by {@code ./infra/bench.sh},
 * which starts this JVM with {@code -Xmx768m}), in waves, while the open page is asked for four times a second:
 * fifty parallel 100 MB bodies at each API upload endpoint — once declared with a {@code Content-Length}, once
 * chunked — each wave with four parallel previews of the worst workbook the upload check admits ({@link Bombs});
 * four previews of that workbook and four of the worst document; fifty parallel bodies just under each
 * endpoint's limit. Prints, and writes line by line to {@code ui/target/benchmarks/upload-storm.txt}: the answers
 * per endpoint, failures, out-of-memory errors, the heap's peaks and the open page's latencies. The client runs in
 * the same JVM (and on the same two cores); it holds one 64 KB buffer per upload and the two files (14 MB).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"perechen.demo-data.enabled=true",
        "perechen.public.rate-limit.requests=1000000"})
class UploadStormBenchmark {

    static final long HUNDRED_MB = 100L * 1024 * 1024;
    static final int PARALLEL = 50;
    static final int PREVIEWS = 4;
    static final String AGENCY = "minpromtorg-nso";
    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final long SCAN_LIMIT = ru.perechen.workflow.ActScan.MAX_BYTES;
    static final long LIST_LIMIT = ru.perechen.documents.UploadGuard.MAX_BYTES;
    static final Path OUT = Path.of("target/benchmarks/upload-storm.txt");

    @LocalServerPort
    int port;

    private final List<String> report = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    record Endpoint(String name, String method, String path, String token, String type, byte[] prefix, long limit) {
    }

    @Test
    void figures_for_an_upload_storm() throws Exception {
        Files.createDirectories(OUT.getParent());
        Files.deleteIfExists(OUT);
        Runtime runtime = Runtime.getRuntime();
        line("upload storm: JVM max heap %d MB (Runtime.maxMemory), %d cores, JDK %s", runtime.maxMemory() / (1024 * 1024),
                runtime.availableProcessors(), Runtime.version());
        String editor = token("mpt.editor", "editor", AGENCY);
        String cc = token("mpt.cc", "cc-deputy", AGENCY);
        Requests requests = new Requests(http, port);
        Requests.Walked approved = requests.approved(AGENCY, "Для шторма: утверждён", false);
        Requests.Walked enacted = requests.approved(AGENCY, "Для шторма: введён в действие", true);
        byte[] workbook = Bombs.workbook();
        byte[] document = Bombs.document();
        line("workbook: %.1f MB on the wire, %s", workbook.length / 1e6, inflated(workbook));
        line("document: %.1f MB on the wire, %s", document.length / 1e6, inflated(document));
        List<Endpoint> endpoints = List.of(
                new Endpoint("PUT  /change-requests/{n}/act-scan", "PUT", "/api/v1/change-requests/" + approved.number()
                        + "/act-scan?version=" + approved.version(), cc, "application/pdf", PDF, SCAN_LIMIT),
                new Endpoint("POST /change-requests/{n}/act-scan/corrections", "POST", "/api/v1/change-requests/" + enacted.number()
                        + "/act-scan/corrections?version=" + enacted.version() + "&reason=storm", cc, "application/pdf", PDF, SCAN_LIMIT),
                new Endpoint("POST /list/imports/preview", "POST", "/api/v1/list/imports/preview?fileName=list.xlsx", editor,
                        "application/octet-stream", new byte[0], LIST_LIMIT),
                new Endpoint("POST /list/imports", "POST", "/api/v1/list/imports?fileName=list.xlsx&title=storm", editor,
                        "application/octet-stream", new byte[0], LIST_LIMIT));

        OpenPage idle = OpenPage.start(http, port, AGENCY);
        Thread.sleep(10_000);
        line("open page /agencies/%s before the storm: %s", AGENCY, idle.stop());
        for (boolean chunked : new boolean[] {false, true}) {
            Map<String, List<Callable<RawUpload.Outcome>>> calls = new LinkedHashMap<>();
            for (Endpoint e : endpoints) {
                calls.put(e.name(), Collections.nCopies(PARALLEL, () -> RawUpload.generated(port, e.method(), e.path(), e.token(), e.type(),
                        e.prefix(), HUNDRED_MB, chunked)));
            }
            calls.put("POST /list/imports/preview (the workbook)", previews(editor, "bomb.xlsx", workbook));
            wave(PARALLEL + " parallel 100 MB bodies " + (chunked ? "chunked (no declared size)" : "with Content-Length: 104857600")
                    + " at each endpoint + " + PREVIEWS + " parallel previews of the workbook", calls);
        }
        Map<String, List<Callable<RawUpload.Outcome>>> accepted = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            accepted.put(e.name(), Collections.nCopies(PARALLEL, () -> RawUpload.generated(port, e.method(), e.path(), e.token(), e.type(),
                    e.prefix(), e.limit() - 1024, false)));
        }
        wave(PARALLEL + " parallel bodies 1 KB under the limit (20 MB scans, 10 MB lists) at each endpoint", accepted);
        Map<String, List<Callable<RawUpload.Outcome>>> files = new LinkedHashMap<>();
        files.put("POST /list/imports/preview (the workbook)", previews(editor, "bomb.xlsx", workbook));
        files.put("POST /list/imports/preview (the document)", previews(editor, "bomb.docx", document));
        wave(PREVIEWS + " parallel previews of the workbook and " + PREVIEWS + " of the document", files);
        report.forEach(System.out::println);
    }

    private List<Callable<RawUpload.Outcome>> previews(String token, String fileName, byte[] file) {
        return Collections.nCopies(PREVIEWS, () -> RawUpload.bytes(port, "POST", "/api/v1/list/imports/preview?fileName=" + fileName, token,
                "application/octet-stream", file));
    }

    private void wave(String title, Map<String, List<Callable<RawUpload.Outcome>>> calls) throws Exception {
        line("");
        line("wave: %s", title);
        Map<String, List<Future<RawUpload.Outcome>>> sent = new LinkedHashMap<>();
        try (HeapWatch heap = new HeapWatch(); ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            OpenPage page = OpenPage.start(http, port, AGENCY);
            CountDownLatch go = new CountDownLatch(1);
            calls.forEach((name, list) -> list.forEach(call -> sent.computeIfAbsent(name, k -> new ArrayList<>()).add(clients.submit(() -> {
                go.await();
                return guarded(heap, call);
            }))));
            long start = System.nanoTime();
            go.countDown();
            for (var entry : sent.entrySet()) {
                Map<String, Integer> answers = new TreeMap<>();
                List<Long> millis = new ArrayList<>();
                for (Future<RawUpload.Outcome> f : entry.getValue()) {
                    RawUpload.Outcome o = f.get();
                    answers.merge(o.label() + (o.retryAfter() == null ? "" : " (Retry-After: " + o.retryAfter() + ")"), 1, Integer::sum);
                    millis.add(o.millis());
                }
                Collections.sort(millis);
                line("  %-52s %s; answered in %s", entry.getKey(), answers, percentiles(millis));
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            Thread.sleep(2_000);
            line("  every request answered within %d s; open page during the wave: %s", seconds, page.stop());
            line("  heap: max %d MB, in use at most %d MB, live after a collection at most %d MB; pools' peaks: %s",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), heap.usedPeak() / (1024 * 1024), heap.livePeak() / (1024 * 1024),
                    heap.poolPeaks());
            line("  collections: %d (%d ms); OutOfMemoryError: %d", heap.collections(), heap.collectionMillis(), heap.outOfMemoryErrors());
        }
    }

    private static RawUpload.Outcome guarded(HeapWatch heap, Callable<RawUpload.Outcome> call) throws Exception {
        try {
            return call.call();
        } catch (OutOfMemoryError e) {
            heap.outOfMemory();
            return new RawUpload.Outcome(0, null, null, 0, "OutOfMemoryError in the client");
        }
    }

    static String percentiles(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return "nothing";
        }
        return String.format(Locale.ROOT, "p50 %d ms, p95 %d ms, max %d ms", sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)), sorted.getLast());
    }

    private static String inflated(byte[] zip) throws IOException {
        StringBuilder parts = new StringBuilder();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                long size = in.transferTo(java.io.OutputStream.nullOutputStream());
                total += size;
                if (size > 1024 * 1024) {
                    parts.append(entry.getName()).append(' ').append(size / (1024 * 1024)).append(" MB, ");
                }
            }
        }
        return parts + String.format(Locale.ROOT, "%d MB inflated in all", total / (1024 * 1024));
    }

    /** A line of the report, written at once: a run the heap kills leaves what it measured until then. */
    private void line(String format, Object... args) throws IOException {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        Files.writeString(OUT, text + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** The open page asked for at a steady rate whatever the answers take (a request every 250 ms, each on its own thread). */
    static final class OpenPage {
        private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Integer> answers = new java.util.concurrent.ConcurrentHashMap<>();
        private final ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor();
        private final Thread ticker;
        private volatile boolean running = true;

        private OpenPage(HttpClient http, int port, String agency) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/agencies/" + agency))
                    .timeout(Duration.ofSeconds(120)).GET().build();
            ticker = Thread.ofPlatform().daemon().name("open-page").start(() -> {
                while (running) {
                    probes.submit(() -> {
                        long start = System.nanoTime();
                        String answer;
                        try {
                            answer = String.valueOf(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
                        } catch (IOException | InterruptedException e) {
                            answer = e.getClass().getSimpleName();
                        }
                        millis.add((System.nanoTime() - start) / 1_000_000);
                        answers.merge(answer, 1, Integer::sum);
                    });
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        static OpenPage start(HttpClient http, int port, String agency) {
            return new OpenPage(http, port, agency);
        }

        String stop() throws InterruptedException {
            running = false;
            ticker.join();
            probes.shutdown();
            probes.awaitTermination(3, java.util.concurrent.TimeUnit.MINUTES);
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.size() + " requests " + new TreeMap<>(answers) + ", " + percentiles(sorted);
        }
    }
}
