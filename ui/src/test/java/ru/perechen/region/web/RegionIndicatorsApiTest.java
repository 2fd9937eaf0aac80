package ru.perechen.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.perechen.uitest.ApiTokens.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.catalog.ChannelType;
import ru.perechen.register.ListRule;
import ru.perechen.uitest.MockIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region dashboard's figures over HTTP with the demo data: a coordinator of Новосибирская область (54)
 * reads its agencies and none of Мордовия's (13), under the stable keys; another region, another role and a
 * day outside the computed range are refused with their problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "perechen.demo-data.enabled=true")
class RegionIndicatorsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PATH = "/api/v1/region/indicators";
    static final List<String> KEYS = List.of("list-version", "list-act-date", "list-age-days", "compliance-score", "compliance-errors",
            "compliance-warnings", "findings", "publication-state", "publication-days", "tasks-open", "tasks-overdue",
            "requests-in-approval", "requests-enacted", "requests-median-working-days", "coverage-percent", "digital-percent", "channels",
            "processes", "touchpoints", "rows", "feedback-satisfaction", "feedback-responses");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    @Test
    void a_coordinator_reads_the_agencies_of_their_own_region_today_and_none_of_another() throws Exception {
        HttpResponse<String> answer = get(PATH, coordinator("54"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("region").get("code").asString()).isEqualTo("54");
        assertThat(body.get("region").get("name").asString()).isEqualTo("Новосибирская область");
        assertThat(body.get("asOf").asString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Moscow")).toString());
        assertThat(body.get("feedbackQuarter").asString()).matches("\\d{4}-Q[1-4]");
        Map<String, JsonNode> agencies = agencies(body);
        assertThat(agencies).containsKeys("minek-nso", "gsn-nso", "dizo-nso", "minpromtorg-nso").doesNotContainKey("minpromnauki-rm");
        assertThat(answer.body()).doesNotContain("Мордови");
        JsonNode minek = agencies.get("minek-nso");
        assertThat(minek.get("name").asString()).isEqualTo("Минэкономразвития НСО");
        assertThat(minek.get("fullName").asString()).isEqualTo("Министерство экономического развития Новосибирской области");
    }

    @Test
    void every_agency_has_every_key_null_where_it_lacks_the_part() throws Exception {
        JsonNode body = JSON.readTree(get(PATH, coordinator("54")).body());
        for (JsonNode agency : body.get("agencies")) {
            String code = agency.get("code").asString();
            JsonNode figures = agency.get("indicators");
            assertThat(figures.propertyNames()).as(code).containsExactlyInAnyOrderElementsOf(KEYS);
            assertThat(figures.get("tasks-open").isNumber()).as(code).isTrue();
            boolean hasList = !figures.get("list-version").isNull();
            for (String part : List.of("compliance-score", "findings", "channels", "rows", "processes", "touchpoints")) {
                assertThat(figures.get(part).isNull()).as(code + " " + part).isEqualTo(!hasList);
            }
            if (hasList) {
                assertThat(figures.get("findings").propertyNames()).as(code)
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(ListRule.values()).map(Enum::name).toList());
                assertThat(figures.get("channels").propertyNames()).as(code)
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(ChannelType.values()).map(Enum::name).toList());
                assertThat(figures.get("rows").asInt()).as(code).isPositive();
            }
        }
        Map<String, JsonNode> agencies = agencies(body);
        assertThat(agencies.values()).as("a demo agency with a list in force")
                .anySatisfy(a -> assertThat(a.get("indicators").get("list-version").isNumber()).isTrue());
        assertThat(agencies.get("minek-nso").get("indicators").get("feedback-responses").isNumber()).as("feedback on").isTrue();
        assertThat(agencies.get("gsn-nso").get("indicators").get("feedback-responses").isNull()).as("feedback off").isTrue();
        assertThat(agencies.get("gsn-nso").get("indicators").get("feedback-satisfaction").isNull()).isTrue();
    }

    @Test
    void a_day_in_the_past_is_computed_for_that_day() throws Exception {
        HttpResponse<String> answer = get(PATH + "?asOf=2024-06-30", coordinator("54"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("asOf").asString()).isEqualTo("2024-06-30");
        assertThat(body.get("feedbackQuarter").asString()).isEqualTo("2024-Q1");
    }

    @Test
    void a_coordinator_naming_another_region_is_refused_and_sees_none_of_it() throws Exception {
        HttpResponse<String> answer = get(PATH + "?region=13", coordinator("54"));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(answer.body()).get("code").asString()).isEqualTo("api.problem.denied");
        assertThat(answer.body()).doesNotContain("minpromnauki-rm", "Мордови");
        assertThat(get(PATH + "?region=54", coordinator("54")).statusCode()).isEqualTo(200);
    }

    @Test
    void an_editor_has_no_access_to_the_region() throws Exception {
        HttpResponse<String> answer = get(PATH, token("minek.editor", "editor", "minek-nso"));
        assertThat(answer.statusCode()).isEqualTo(403);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("code").asString()).isEqualTo("api.problem.role-required");
        assertThat(problem.get("roles").toString()).isEqualTo("[\"platform-admin\",\"regional-coordinator\"]");
    }

    @Test
    void a_day_after_today_or_before_the_first_year_is_a_400_problem_on_as_of() throws Exception {
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(2).toString();
        JsonNode future = problem(get(PATH + "?asOf=" + tomorrow, coordinator("54")), 400);
        assertThat(future.get("code").asString()).isEqualTo("region.error.as-of-future");
        assertThat(future.get("field").asString()).isEqualTo("asOf");
        assertThat(future.get("detail").asString()).isEqualTo("Дата не может быть позже сегодняшней");
        JsonNode early = problem(get(PATH + "?asOf=2019-12-31", coordinator("54")), 400);
        assertThat(early.get("code").asString()).isEqualTo("region.error.as-of-early");
        assertThat(early.get("detail").asString()).isEqualTo("Показатели считаются с 2020 года");
        assertThat(problem(get(PATH + "?asOf=31.12.2025", coordinator("54")), 400).get("code").asString())
                .isEqualTo("api.problem.parameter-invalid");
    }

    @Test
    void a_platform_admin_names_the_region_and_an_unknown_one_is_refused() throws Exception {
        String admin = token("platform.admin", List.of("platform-admin"), Map.of());
        assertThat(problem(get(PATH, admin), 400).get("code").asString()).isEqualTo("region.error.region-required");
        HttpResponse<String> mordovia = get(PATH + "?region=13", admin);
        assertThat(mordovia.statusCode()).as(mordovia.body()).isEqualTo(200);
        assertThat(agencies(JSON.readTree(mordovia.body()))).containsKey("minpromnauki-rm").doesNotContainKey("minek-nso");
        JsonNode unknown = problem(get(PATH + "?region=99", admin), 400);
        assertThat(unknown.get("code").asString()).isEqualTo("region.error.not-found");
        assertThat(unknown.get("field").asString()).isEqualTo("region");
    }

    @Test
    void the_operation_is_documented_with_its_roles_and_problems() throws Exception {
        JsonNode operation = JSON.readTree(get("/api/docs", null).body()).get("paths").get(PATH).get("get");
        assertThat(operation.get("x-access").asString()).isEqualTo("REGION");
        assertThat(operation.get("responses").propertyNames()).contains("200", "400", "401", "403");
        assertThat(operation.get("responses").get("400").get("description").asString()).contains("region.error.as-of-future");
        List<String> parameters = new ArrayList<>();
        operation.get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).containsExactlyInAnyOrder("asOf", "region");
    }

    private static String coordinator(String region) {
        return token("coord." + region, List.of("regional-coordinator"), Map.of("region", region));
    }

    private static Map<String, JsonNode> agencies(JsonNode body) {
        Map<String, JsonNode> byCode = new HashMap<>();
        body.get("agencies").forEach(a -> byCode.put(a.get("code").asString(), a));
        return byCode;
    }

    private static JsonNode problem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
