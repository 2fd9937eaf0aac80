package ru.perechen.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.perechen.uitest.ApiTokens.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.uitest.MockIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change request of ДИЗО НСО through its 003 chain (unit head → supervising deputy → cc-deputy, then
 * the order) entirely over the API, with the refusals a client meets on the way, and another
 * agency that sees none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "perechen.demo-data.enabled=true")
class ChangeRequestApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    @Test
    void a_request_goes_through_the_003_chain_and_the_order_over_the_api_and_another_agency_sees_nothing() throws Exception {
        String editor = token("dizo.editor", "editor", "dizo-nso");
        JsonNode list = body(call("GET", "/api/v1/list?text=" + enc("МФЦ"), editor, null), 200);
        assertThat(list.get("version").get("number").asInt()).isEqualTo(1);
        JsonNode row = list.get("rows").get(0);
        String key = row.get("entryKey").asString();

        JsonNode draft = body(call("POST", "/api/v1/change-requests", editor, Map.of("title", "Часы приема в МФЦ")), 201);
        int number = draft.get("number").asInt();
        JsonNode noRow = body(call("POST", "/api/v1/change-requests/" + number + "/rows", editor,
                Map.of("version", draft.get("version").asLong())), 400);
        assertThat(noRow.get("field").asString()).isEqualTo("process");
        Map<String, Object> content = Map.of("processId", row.get("processId").asString(),
                "touchpointId", row.get("touchpointId").asString(),
                "unitId", row.get("unitId").isNull() ? "" : row.get("unitId").asString(),
                "needs", JSON.convertValue(row.get("needs"), List.class),
                "specifics", "по графику работы отделений МФЦ");
        JsonNode modified = body(call("PUT", "/api/v1/change-requests/" + number + "/rows/" + key, editor,
                Map.of("version", draft.get("version").asLong(), "content", content)), 200);
        JsonNode refused = body(call("POST", "/api/v1/change-requests/" + number + "/submit", editor,
                Map.of("version", modified.get("version").asLong())), 400);
        assertThat(refused.get("field").asString()).isEqualTo("note");
        assertThat(refused.get("detail").asString()).startsWith("Порядок органа требует пояснительную записку");
        JsonNode described = body(call("PUT", "/api/v1/change-requests/" + number + "/description", editor,
                Map.of("version", modified.get("version").asLong(), "title", "Часы приема в МФЦ",
                        "note", "Уточнены часы приема заявлений в МФЦ")), 200);
        JsonNode submitted = body(call("POST", "/api/v1/change-requests/" + number + "/submit", editor,
                Map.of("version", described.get("version").asLong())), 200);
        assertThat(submitted.get("status").asString()).isEqualTo("IN_APPROVAL");

        String head = token("dizo.head", "unit-head", "dizo-nso");
        assertThat(body(call("GET", "/api/v1/change-requests?scope=inbox", head, null), 200).findValuesAsString("title"))
                .contains("Часы приема в МФЦ");
        JsonNode own = body(call("POST", "/api/v1/change-requests/" + number + "/approve", editor,
                Map.of("version", submitted.get("version").asLong())), 409);
        assertThat(own.get("code").asString()).isEqualTo("request.error.own-request");
        JsonNode stale = body(call("POST", "/api/v1/change-requests/" + number + "/approve", head,
                Map.of("version", submitted.get("version").asLong() - 1)), 409);
        assertThat(stale.get("code").asString()).isEqualTo("stale");
        JsonNode step2 = body(call("POST", "/api/v1/change-requests/" + number + "/approve", head,
                Map.of("version", submitted.get("version").asLong())), 200);
        JsonNode step3 = body(call("POST", "/api/v1/change-requests/" + number + "/approve", token("dizo.deputy",
                "supervising-deputy", "dizo-nso"), Map.of("version", step2.get("version").asLong())), 200);
        String cc = token("dizo.cc", "cc-deputy", "dizo-nso");
        JsonNode approved = body(call("POST", "/api/v1/change-requests/" + number + "/approve", cc,
                Map.of("version", step3.get("version").asLong())), 200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");

        JsonNode noAct = body(call("POST", "/api/v1/change-requests/" + number + "/enact", cc,
                Map.of("version", approved.get("version").asLong())), 400);
        assertThat(noAct.get("field").asString()).isEqualTo("actNumber");
        JsonNode enacted = body(call("POST", "/api/v1/change-requests/" + number + "/enact", cc,
                Map.of("version", approved.get("version").asLong(), "actNumber", "245", "actDate", "2026-11-27")), 200);
        assertThat(enacted.get("status").asString()).isEqualTo("ENACTED");
        int version = enacted.get("enactedVersion").asInt();
        JsonNode again = body(call("POST", "/api/v1/change-requests/" + number + "/approve", cc,
                Map.of("version", enacted.get("version").asLong())), 409);
        assertThat(again.get("code").asString()).isEqualTo("request.error.not-in-approval");
        assertThat(again.get("detail").asString()).contains("Введён в действие");

        JsonNode diff = body(call("GET", "/api/v1/list/diff?from=" + (version - 1) + "&to=" + version, editor, null), 200);
        assertThat(diff.get("rows")).hasSize(1);
        assertThat(diff.get("rows").get(0).get("kind").asString()).isEqualTo("CHANGED");
        assertThat(diff.get("rows").get(0).get("cells").get(0).get("after").asString()).isEqualTo("по графику работы отделений МФЦ");
        JsonNode versions = body(call("GET", "/api/v1/list/versions", editor, null), 200);
        assertThat(versions.get(0).get("actNumber").asString()).isEqualTo("245");

        String stranger = token("mpt.admin", "tenant-admin", "minpromtorg-nso");
        assertThat(body(call("GET", "/api/v1/change-requests", stranger, null), 200)).isEmpty();
        assertThat(call("GET", "/api/v1/change-requests/" + number, stranger, null).statusCode()).isEqualTo(404);
        assertThat(body(call("GET", "/api/v1/list/versions", stranger, null), 200)).hasSize(1);
        assertThat(call("GET", "/api/v1/list?text=" + enc("МФЦ"), stranger, null).body()).doesNotContain(key);
        assertThat(call("GET", "/api/v1/change-requests", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_viewer_may_read_the_list_but_not_draft_and_the_api_is_described_without_a_token() throws Exception {
        String viewer = token("mpt.viewer", "viewer", "minpromtorg-nso");
        assertThat(body(call("GET", "/api/v1/list", viewer, null), 200).get("total").asInt()).isPositive();
        JsonNode denied = body(call("POST", "/api/v1/change-requests", viewer, Map.of("title", "Нельзя")), 403);
        assertThat(denied.get("detail").asString()).startsWith("Недостаточно прав для этого действия");
        assertThat(denied.get("roles").toString()).isEqualTo("[\"tenant-admin\",\"unit-head\",\"editor\"]");
        HttpResponse<String> docs = call("GET", "/api/docs", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/change-requests/{number}/enact", "/api/v1/list/diff");
    }

    @Test
    void the_calendar_answers_working_day_deadlines_and_says_when_a_year_is_missing() throws Exception {
        String editor = token("gsn.editor", "editor", "gsn-nso");
        JsonNode deadline = body(call("GET", "/api/v1/calendar/deadline?from=2025-10-31&workingDays=5", editor, null), 200);
        assertThat(deadline.get("deadline").asString()).isEqualTo("2025-11-10");
        assertThat(body(call("GET", "/api/v1/calendar/deadline?from=2024-04-26&workingDays=5&region=54", editor, null), 200)
                .get("deadline").asString()).isEqualTo("2024-05-07");
        JsonNode missing = body(call("GET", "/api/v1/calendar/deadline?from=2026-12-29&workingDays=5", editor, null), 409);
        assertThat(missing.get("code").asString()).isEqualTo("calendar.error.year-missing");
        assertThat(missing.get("detail").asString()).isEqualTo("Производственный календарь на 2027 год не внесён: срок не рассчитывается");
        JsonNode unknown = body(call("GET", "/api/v1/calendar/deadline?from=2026-01-12&workingDays=5&region=99", editor, null), 400);
        assertThat(unknown.get("field").asString()).isEqualTo("region");
        assertThat(call("GET", "/api/v1/calendar/deadline?from=2026-01-12&workingDays=5", null, null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> call(String method, String path, String bearer, Object json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
