package ru.perechen.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.documents.PublicListService;
import ru.perechen.uitest.MockIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open page of a seed agency as anyone reads it, without signing in: the released version as an
 * HTML table, the snippet, the documents (each built once) and the public JSON API, cached by ETag;
 * nothing else, and no more than a client's limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "perechen.demo-data.enabled=true")
class PublicPageTest {

    @LocalServerPort
    int port;

    @Value("${perechen.public.rate-limit.requests}")
    int limit;

    @Autowired
    PublicListService lists;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    @Test
    void the_open_page_shows_the_released_version_with_its_act_and_may_be_framed() throws Exception {
        HttpResponse<String> page = get("/agencies/dizo-nso", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"ru\">", "Перечень точек взаимодействия с внешними и внутренними клиентами",
                "id=\"public-list\"", "<th scope=\"rowgroup\"", "Редакция № 1, утверждена приказом от 05.02.2026 № 1-п",
                "/agencies/dizo-nso/list.xlsx?version=1");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("public"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors *"));
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/agencies/dizo-nso", etag).statusCode()).isEqualTo(304);
        HttpResponse<String> embed = get("/agencies/dizo-nso/embed", null);
        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.body()).contains("id=\"public-list\"", "Открыть полностью");
    }

    @Test
    void documents_and_the_json_api_are_public_and_cached_by_etag() throws Exception {
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create(url("/agencies/dizo-nso/list.xlsx"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("perechen-dizo-nso-v1.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("Приложение к приказу от 05.02.2026");
        }
        HttpResponse<String> json = get("/api/public/v1/agencies/dizo-nso/list", null);
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(json.body());
        assertThat(body.get("agency").asString()).isEqualTo("dizo-nso");
        assertThat(body.get("rows").size()).isPositive();
        assertThat(body.get("rows").get(0).get("id").asString()).hasSize(36);
        assertThat(json.headers().firstValue("Last-Modified")).isPresent();
        assertThat(get("/api/public/v1/agencies/dizo-nso/list", json.headers().firstValue("ETag").orElseThrow()).statusCode())
                .isEqualTo(304);
        JsonNode versions = JsonMapper.builder().build().readTree(get("/api/public/v1/agencies/dizo-nso/versions", null).body());
        assertThat(versions.get("versions").get(0).get("number").asInt()).isEqualTo(1);
    }

    @Test
    void a_released_document_is_built_once_and_served_again_with_the_same_etag() throws Exception {
        HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(URI.create(url("/agencies/dizo-nso/list.docx"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(first.statusCode()).isEqualTo(200);
        long built = lists.documentsBuilt();
        HttpResponse<byte[]> second = http.send(HttpRequest.newBuilder(URI.create(url("/agencies/dizo-nso/list.docx"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(lists.documentsBuilt()).as("the second download is not built again").isEqualTo(built);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isPresent().isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.headers().firstValue("Content-Length")).hasValue(String.valueOf(first.body().length));
    }

    @Test
    void a_client_past_its_limit_is_answered_429_with_retry_after_in_russian_and_other_clients_are_not() throws Exception {
        HttpClient flooding = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        HttpResponse<String> answer = null;
        int answered = 0;
        // the bucket refills evenly while the loop runs, so a few more than the limit may pass; a bounded loop
        for (int i = 0; i < 3 * limit; i++) {
            // a forged X-Forwarded-For changes nothing: no proxy is configured, the connection is the client
            answer = flooding.send(HttpRequest.newBuilder(URI.create(url("/agencies/nobody")))
                    .header("X-Forwarded-For", "198.51.100." + (i % 250)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 404) {
                break;
            }
            answered++;
        }
        assertThat(answered).as("requests answered before the limit").isGreaterThanOrEqualTo(limit).isLessThan(3 * limit);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(answer.body()).contains("<html lang=\"ru\">", "Слишком много запросов", "Повторите через");
        HttpResponse<String> api = flooding.send(HttpRequest.newBuilder(URI.create(url("/api/public/v1/agencies/dizo-nso/versions")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Retry-After")).isPresent();
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(api.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isEqualTo("Слишком много запросов");
        assertThat(problem.get("code").asString()).isEqualTo("rate-limited");

        HttpClient neighbour = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.3")).build();
        assertThat(neighbour.send(HttpRequest.newBuilder(URI.create(url("/agencies/dizo-nso"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(get("/api/public/v1/agencies/dizo-nso/versions", null).statusCode()).isEqualTo(200);
    }

    @Test
    void what_is_not_released_or_not_an_agency_is_not_found_and_nothing_can_be_posted() throws Exception {
        assertThat(get("/agencies/nobody", null).statusCode()).isEqualTo(404);
        assertThat(get("/agencies/dizo-nso?version=2", null).statusCode()).isEqualTo(404);
        assertThat(get("/agencies/dizo-nso/list.exe", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/public/v1/agencies/dizo-nso/list?version=9", null).statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url("/agencies/dizo-nso")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
