package ru.perechen.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.perechen.uitest.ApiTokens.token;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.feedback.Quarter;
import ru.perechen.uitest.MockIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Act 004 over HTTP for Минэкономразвития НСО (feedback on in the demo data): a client's two-step form
 * without JavaScript from a touchpoint's link, its refusals, a double submission, the honeypot, a forged
 * form; staff's API with the pages' roles; and the analysis nowhere public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "perechen.demo-data.enabled=true")
class FeedbackWebTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern FORM_KEY = Pattern.compile("name=\"form\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    @Test
    void a_client_answers_the_in_person_branch_in_two_steps_and_a_second_send_stores_nothing_more() throws Exception {
        String path = link("Личный прием");
        HttpResponse<String> first = get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Set-Cookie")).as("no session for a client").isEmpty();
        assertThat(first.body()).contains("Блок 1. Статистический", "Личный прием", "Способ получения меры поддержки", "5.")
                .doesNotContain("name=\"politeness\"");
        String key = formKey(first.body());

        Map<String, String> block1 = new LinkedHashMap<>(Map.of("form", key, "step", "1", "way", "IN_PERSON", "applicant", "LEGAL",
                "provided", "false", "municipality", "г. Новосибирск"));
        if (first.body().contains("name=\"measure\"")) {
            block1.put("measure", "1");
        }
        HttpResponse<String> second = post(path, block1);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(second.body()).contains("Блок 2", "name=\"politeness\"", "name=\"location\"", "name=\"informed-after-refusal\"")
                .doesNotContain("name=\"interface\"", "name=\"status\"");

        Map<String, String> block2 = new LinkedHashMap<>(block1);
        block2.putAll(Map.of("step", "2", "satisfied", "false", "informed-after-refusal", "true", "information", "2",
                "difficulty-information", "Не нашёл порядок на сайте", "documents", "4", "politeness", "5", "location", "3", "timeliness", "4"));
        HttpResponse<String> refused = post(path, with(block2, "difficulty-documents", "всё хорошо"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("сложности уточняются только при оценке 1, 2 или 3", "Не нашёл порядок на сайте");

        HttpResponse<String> sent = post(path, block2);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(path + "/thanks"));
        assertThat(post(path, block2).statusCode()).as("sent twice").isEqualTo(302);
        UUID submission = UUID.fromString(key.substring(0, key.indexOf('.')));
        assertThat(jdbc().sql("select count(*) from feedback_response where submission_key = ?").param(submission).query(Long.class).single())
                .isEqualTo(1L);
        assertThat(jdbc().sql("select way || '/' || score_politeness || '/' || channel || '/' || (difficulties ->> 'information')"
                + " from feedback_response where submission_key = ?").param(submission).query(String.class).single())
                .isEqualTo("IN_PERSON/5/SURVEY_LINK/Не нашёл порядок на сайте");
        assertThat(get(path + "/thanks").body()).contains("Спасибо! Ваши ответы приняты.");
    }

    @Test
    void a_bot_is_thanked_and_nothing_is_stored_and_a_forged_form_is_refused() throws Exception {
        String path = link("Официальный сайт");
        String key = formKey(get(path).body());
        Map<String, String> answers = new LinkedHashMap<>(Map.of("form", key, "step", "2", "way", "ONLINE", "applicant", "LEGAL",
                "provided", "true", "satisfied", "true", "information", "5", "documents", "5", "interface", "5", "status", "5"));
        answers.put("timeliness", "5");
        answers.put("measure", "1");
        assertThat(post(path, with(answers, "website", "http://spam.example")).statusCode()).isEqualTo(302);
        UUID submission = UUID.fromString(key.substring(0, key.indexOf('.')));
        assertThat(jdbc().sql("select count(*) from feedback_response where submission_key = ?").param(submission).query(Long.class).single())
                .isEqualTo(0L);
        HttpResponse<String> forged = post(path, with(answers, "form", UUID.randomUUID() + ".forged"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("страница анкеты устарела");
        assertThat(get("/feedback/minek-nso/AAAAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
        assertThat(get("/feedback/minpromtorg-nso/" + path.substring(path.lastIndexOf('/') + 1)).statusCode())
                .as("this agency's token under another agency").isEqualTo(404);
    }

    @Test
    void staff_read_the_analysis_with_the_pages_roles_and_nothing_of_it_is_public() throws Exception {
        String cc = token("minek.cc", "cc-deputy", "minek-nso");
        String quarter = Quarter.of(java.time.LocalDate.now(Quarter.ZONE)).toString();
        HttpResponse<String> analysis = api("GET", "/api/v1/feedback/analysis?quarter=" + quarter, cc, null);
        assertThat(analysis.statusCode()).as(analysis.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(analysis.body());
        assertThat(body.get("responses").asLong()).isPositive();
        assertThat(body.get("overall").has("overall")).isTrue();
        assertThat(body.get("overall").has("after-refusal")).isTrue();
        assertThat(body.get("byTouchpoint").size()).isPositive();
        String editor = token("minek.editor", "editor", "minek-nso");
        assertThat(api("GET", "/api/v1/feedback/analysis?quarter=" + quarter, editor, null).statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(api("GET", "/api/v1/feedback/analysis?quarter=2026-5", cc, null).body()).get("code").asString())
                .isEqualTo("feedback.error.quarter");

        HttpResponse<String> open = get("/agencies/minek-nso");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).doesNotContain("удовлетворенн", "Общая удовлетворенность");
        assertThat(get("/api/public/v1/agencies/minek-nso/feedback/analysis").statusCode()).isEqualTo(404);
        assertThat(get("/feedback/minek-nso/analysis").statusCode()).isEqualTo(404);
    }

    @Test
    void the_units_reports_are_read_over_the_api_with_the_pages_roles() throws Exception {
        String cc = token("minek.cc", "cc-deputy", "minek-nso");
        String quarter = Quarter.of(java.time.LocalDate.now(Quarter.ZONE)).previous().toString();
        HttpResponse<String> reports = api("GET", "/api/v1/feedback/reports?quarter=" + quarter, cc, null);
        assertThat(reports.statusCode()).as(reports.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(reports.body());
        assertThat(body.size()).isPositive();
        JsonNode first = body.get(0);
        assertThat(first.get("quarter").asString()).isEqualTo(quarter);
        assertThat(first.get("lines").size()).isPositive();
        assertThat(first.get("lines").get(0).has("feedback")).isTrue();
        assertThat(first.get("total").get("feedback").asLong()).isPositive();
        String editor = token("minek.editor", "editor", "minek-nso");
        assertThat(api("GET", "/api/v1/feedback/reports?quarter=" + quarter, editor, null).statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(api("GET", "/api/v1/feedback/reports?quarter=2026", cc, null).body()).get("code").asString())
                .isEqualTo("feedback.error.quarter");
    }

    @Test
    void a_paper_form_is_recorded_over_the_api_by_its_codes() throws Exception {
        String editor = token("minek.editor", "editor", "minek-nso");
        JsonNode touchpoints = JSON.readTree(api("GET", "/api/v1/feedback/touchpoints", editor, null).body());
        String touchpoint = touchpoints.get(0).get("touchpointId").asString();
        assertThat(touchpoints.get(0).get("surveyUrl").asString()).startsWith("http://localhost:" + port + "/feedback/minek-nso/");
        String key = UUID.randomUUID().toString();
        String body = "{\"channel\":\"PAPER_FORM\",\"touchpointId\":\"" + touchpoint + "\",\"submissionKey\":\"" + key + "\","
                + "\"answers\":{\"15\":\"1\",\"17\":\"2\",\"19\":\"1\",\"21\":\"1\",\"23\":\"5\",\"24\":\"4\",\"25\":\"5\",\"26\":\"2\",\"29\":\"5\"},"
                + "\"difficulties\":{\"26\":\"Далеко от остановки\"}}";
        HttpResponse<String> created = api("POST", "/api/v1/feedback/responses", editor, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(jdbc().sql("select score_location || '/' || way from feedback_response where submission_key = ?::uuid").param(key)
                .query(String.class).single()).isEqualTo("2/IN_PERSON");
        HttpResponse<String> wrong = api("POST", "/api/v1/feedback/responses", editor, body.replace("\"15\":\"1\"", "\"15\":\"3\"")
                .replace(key, UUID.randomUUID().toString()));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).get("code").asString()).isEqualTo("feedback.error.unknown-option");
        String viewer = token("minek.viewer", "viewer", "minek-nso");
        assertThat(api("POST", "/api/v1/feedback/responses", viewer, body).statusCode()).isEqualTo(403);
    }

    private String link(String touchpoint) throws Exception {
        String cc = token("minek.cc", "cc-deputy", "minek-nso");
        JsonNode links = JSON.readTree(api("GET", "/api/v1/feedback/touchpoints", cc, null).body());
        for (JsonNode link : links) {
            if (link.get("touchpoint").asString().equals(touchpoint)) {
                return URI.create(link.get("surveyUrl").asString()).getPath();
            }
        }
        throw new AssertionError("no link for " + touchpoint + ": " + links);
    }

    /** Reads as Минэкономразвития НСО: row-level security binds the owner too. */
    private Query jdbc() {
        return new Query();
    }

    final class Query {
        private String sql;
        private Object param;

        Query sql(String sql) {
            this.sql = sql;
            return this;
        }

        Query param(Object param) {
            this.param = param;
            return this;
        }

        Query query(Class<?> type) {
            return this;
        }

        Object single() throws Exception {
            try (java.sql.Connection c = owner.getConnection()) {
                c.setAutoCommit(false);
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("select set_config('app.agency_id', (select id::text from agency where slug = 'minek-nso'), true)");
                }
                try (java.sql.PreparedStatement q = c.prepareStatement(sql)) {
                    q.setObject(1, param);
                    try (java.sql.ResultSet rs = q.executeQuery()) {
                        rs.next();
                        Object value = rs.getObject(1);
                        c.rollback();
                        return value;
                    }
                }
            }
        }
    }

    private static String formKey(String html) {
        Matcher m = FORM_KEY.matcher(html);
        assertThat(m.find()).as("the form carries its key").isTrue();
        return m.group(1);
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(name, value);
        return changed;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String method, String path, String bearer, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + bearer);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
