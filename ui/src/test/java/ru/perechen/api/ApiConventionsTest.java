package ru.perechen.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.tenancy.Access;
import ru.perechen.uitest.ApiTokens;
import ru.perechen.uitest.MockIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every client of the API can rely on: the OpenAPI document describes the bearer scheme, each
 * operation's roles and its problem answers; unknown addresses and wrong methods are Russian problems
 * and open no session; a missing token is a problem too; a member of an agency without a role reads nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "perechen.demo-data.enabled=true")
class ApiConventionsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    @Test
    void the_document_has_a_title_a_version_and_a_description_of_its_own() throws Exception {
        JsonNode info = document().get("info");
        assertThat(info.get("title").asString()).isEqualTo("Перечень API");
        assertThat(info.get("version").asString()).isNotEqualTo("v0").matches("\\d+\\.\\d+\\.\\d+");
        assertThat(info.get("description").asString()).contains("Authorization: Bearer", "x-roles", "application/problem+json");
    }

    @Test
    void the_bearer_scheme_covers_every_operation_but_the_open_data() throws Exception {
        JsonNode doc = document();
        JsonNode bearer = doc.get("components").get("securitySchemes").get("bearer");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(doc.get("security").toString()).isEqualTo("[{\"bearer\":[]}]");
        List<JsonNode> open = operations(doc, "/api/public/");
        assertThat(open).isNotEmpty().allSatisfy(op -> {
            assertThat(op.get("security").toString()).isEqualTo("[]");
            assertThat(op.get("x-access").asString()).isEqualTo("PUBLIC");
        });
    }

    @Test
    void every_operation_declares_its_roles_and_its_problem_answers() throws Exception {
        JsonNode doc = document();
        List<JsonNode> secured = operations(doc, "/api/v1/");
        assertThat(secured).hasSizeGreaterThanOrEqualTo(31);
        Set<String> accesses = new HashSet<>(Arrays.stream(Access.values()).map(Access::name).toList());
        for (JsonNode op : secured) {
            String id = op.get("operationId").asString();
            assertThat(accesses).as(id).contains(op.path("x-access").asString(""));
            assertThat(op.path("x-roles").isArray()).as(id).isTrue();
            assertThat(op.get("description").asString()).as(id).contains("Доступ:");
            JsonNode responses = op.get("responses");
            assertThat(responses.has("401")).as(id).isTrue();
            // only who they are needs no role, so every other operation can answer 403
            assertThat(responses.has("403")).as(id).isEqualTo(!"SIGNED_IN".equals(op.get("x-access").asString()));
            responses.properties().stream().filter(r -> r.getKey().startsWith("4")).forEach(r -> {
                assertThat(r.getValue().get("description").asString()).as(id + " " + r.getKey()).isNotBlank();
                assertThat(r.getValue().get("content").get(PROBLEM_JSON).get("schema").get("$ref").asString())
                        .as(id + " " + r.getKey()).isEqualTo("#/components/schemas/Problem");
            });
        }
        assertThat(doc.get("paths").get("/api/v1/change-requests/{number}/approve").get("post").get("responses").has("409")).isTrue();
        assertThat(doc.get("paths").get("/api/v1/calendar/deadline").get("get").get("responses").propertyNames())
                .contains("200", "400", "401", "403", "409");
        JsonNode problem = doc.get("components").get("schemas").get("Problem").get("properties");
        assertThat(problem.propertyNames()).contains("code", "field", "detail", "title", "status", "roles");
    }

    @Test
    void files_are_declared_as_binary_bodies_and_every_operation_has_an_id_of_its_own() throws Exception {
        JsonNode doc = document();
        JsonNode imports = doc.get("paths").get("/api/v1/list/imports").get("post");
        assertThat(imports.get("requestBody").get("content")
                .get("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get("schema").get("format").asString())
                .isEqualTo("binary");
        assertThat(imports.get("responses").has("201")).isTrue();
        assertThat(doc.get("paths").get("/api/v1/change-requests/{number}/act-scan").get("put").get("requestBody").get("content")
                .get("application/pdf").get("schema").get("format").asString()).isEqualTo("binary");
        assertThat(doc.get("paths").get("/api/v1/list/versions/{number}/documents/{format}").get("get").get("responses").get("200")
                .get("content").properties().iterator().next().getValue().get("schema").get("format").asString()).isEqualTo("binary");
        List<String> ids = new ArrayList<>();
        operations(doc, "/api/").forEach(op -> ids.add(op.get("operationId").asString()));
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"));
    }

    @Test
    void an_unknown_api_address_is_a_russian_404_problem_and_opens_no_session() throws Exception {
        String editor = ApiTokens.token("gsn.editor", "editor", "gsn-nso");
        for (String path : List.of("/api/v1/nothing-here", "/api/nothing", "/api/v1/list/versions/1/nothing", "/api/public/v1/nothing")) {
            HttpResponse<String> answer = call("GET", path, editor);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
            assertThat(answer.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("code").asString()).isEqualTo("api.problem.not-found");
            assertThat(problem.get("detail").asString()).isEqualTo("Не найдено: такого адреса или объекта нет");
            assertThat(problem.get("title").asString()).isEqualTo("Не найдено");
        }
    }

    @Test
    void a_method_a_known_address_does_not_take_is_a_405_problem_naming_the_ones_it_does() throws Exception {
        HttpResponse<String> answer = call("DELETE", "/api/v1/list", ApiTokens.token("gsn.viewer", "viewer", "gsn-nso"));
        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Allow")).hasValue("GET");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("code").asString()).isEqualTo("api.problem.method-not-allowed");
        assertThat(problem.get("detail").asString()).isEqualTo("Метод DELETE по этому адресу не поддерживается; допустимы: GET");
    }

    @Test
    void a_missing_or_forged_token_is_a_401_problem_with_the_bearer_challenge() throws Exception {
        HttpResponse<String> none = call("GET", "/api/v1/list", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
        assertThat(JSON.readTree(none.body()).get("code").asString()).isEqualTo("api.problem.unauthorized");
        assertThat(JSON.readTree(none.body()).get("detail").asString()).startsWith("Нужен токен доступа");
        HttpResponse<String> forged = call("GET", "/api/v1/list", "not.a.token");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(forged.body()).get("code").asString()).isEqualTo("api.problem.invalid-token");
    }

    @Test
    void a_member_of_an_agency_without_a_role_reads_nothing_but_who_they_are() throws Exception {
        String member = ApiTokens.token("mpt.newcomer", List.of("default-roles-perechen"),
                Map.of("organization", List.of("minpromtorg-nso")));
        for (String path : List.of("/api/v1/list", "/api/v1/agency/config", "/api/v1/change-requests", "/api/v1/list/versions/1/documents/csv")) {
            HttpResponse<String> answer = call("GET", path, member);
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("code").asString()).as(path).isEqualTo("api.problem.role-required");
            assertThat(problem.get("detail").asString()).as(path).startsWith("Недостаточно прав для этого действия: нужна одна из ролей");
            assertThat(problem.get("title").asString()).isEqualTo("Нет доступа");
        }
        HttpResponse<String> me = call("GET", "/api/v1/me", member);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"roles\":[]", "\"slug\":\"minpromtorg-nso\"");
    }

    @Test
    void an_editor_reads_the_list_but_not_the_configuration_whose_pages_are_the_administrators() throws Exception {
        HttpResponse<String> config = call("GET", "/api/v1/agency/config", ApiTokens.token("mpt.editor", "editor", "minpromtorg-nso"));
        assertThat(config.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(config.body()).get("roles").toString()).isEqualTo("[\"tenant-admin\",\"cc-deputy\"]");
        assertThat(call("GET", "/api/v1/agency/config", ApiTokens.token("mpt.cc", "cc-deputy", "minpromtorg-nso")).statusCode())
                .isEqualTo(200);
        assertThat(call("GET", "/api/v1/list", ApiTokens.token("mpt.editor", "editor", "minpromtorg-nso")).statusCode())
                .isEqualTo(200);
    }

    private JsonNode document() throws Exception {
        HttpResponse<String> answer = call("GET", "/api/docs", null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<JsonNode> operations(JsonNode doc, String prefix) {
        List<JsonNode> found = new ArrayList<>();
        doc.get("paths").properties().stream().filter(p -> p.getKey().startsWith(prefix))
                .forEach(p -> p.getValue().properties().forEach(m -> found.add(m.getValue())));
        return found;
    }

    private HttpResponse<String> call(String method, String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
