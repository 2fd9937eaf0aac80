package ru.perechen.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.Role;
import ru.perechen.uitest.ApiTokens;
import ru.perechen.uitest.MockIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the OpenAPI document, as the running application publishes it, called by every
 * role (and by a member with no role) of the fixture agency and of an agency of another region, by
 * both regions' coordinators, the platform admin and nobody: the roles the operation declares in
 * {@code x-roles} get past the role check, everyone else gets the 403 problem, nobody sees the other
 * agency's data, nothing answers 5xx. A new operation is in the matrix without anyone adding it.
 * Writes carry a stale version and no content, so the matrix changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "perechen.demo-data.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiPermissionMatrixTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Инспекция госстройнадзора НСО (region 54): the matrix's own request is made there. */
    static final String OWN = "gsn-nso";
    /** Минпромнауки Мордовии (region 13). */
    static final String FOREIGN = "minpromnauki-rm";
    static final String MARKER = "Матрица прав: запрос инспекции";
    static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @LocalServerPort
    int port;

    @Autowired
    AgencyDirectory directory;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private JsonNode document;
    private int requestNumber;
    private String entryKey;
    private final List<Caller> callers = new ArrayList<>();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    /** Who calls; {@code side} is the agency (or the coordinator's region's agency) whose data they may see. */
    record Caller(String name, String token, Set<Role> roles, String side) {
    }

    record Op(String method, String path, JsonNode operation) {

        String access() {
            return operation.path("x-access").asString("");
        }

        Set<String> roles() {
            Set<String> roles = new java.util.HashSet<>();
            operation.path("x-roles").forEach(r -> roles.add(r.asString()));
            return roles;
        }
    }

    @BeforeAll
    void a_request_of_the_own_agency_and_a_caller_for_every_role() throws Exception {
        document = JSON.readTree(call("GET", "/api/docs", null, null, null).body());
        String editor = ApiTokens.token("gsn.editor", "editor", OWN);
        HttpResponse<byte[]> made = call("POST", "/api/v1/change-requests", editor, "application/json",
                JSON.writeValueAsBytes(Map.of("title", MARKER)));
        assertThat(made.statusCode()).as(text(made)).isEqualTo(201);
        requestNumber = JSON.readTree(made.body()).get("number").asInt();
        entryKey = JSON.readTree(call("GET", "/api/v1/list?limit=1", editor, null, null).body()).get("rows").get(0)
                .get("entryKey").asString();

        for (String agency : List.of(OWN, FOREIGN)) {
            for (Role role : Role.values()) {
                if (role != Role.PLATFORM_ADMIN && role != Role.REGIONAL_COORDINATOR) {
                    callers.add(new Caller(role.keycloakName() + "@" + agency, ApiTokens.token("matrix." + role.keycloakName(),
                            List.of(role.keycloakName()), Map.of("organization", List.of(agency))), Set.of(role), agency));
                }
            }
            callers.add(new Caller("no-role@" + agency, ApiTokens.token("matrix.nobody", List.of("default-roles-perechen"),
                    Map.of("organization", List.of(agency))), Set.of(), agency));
        }
        callers.add(new Caller("coordinator@54", ApiTokens.token("matrix.coord54", List.of("regional-coordinator"),
                Map.of("region", "54")), Set.of(Role.REGIONAL_COORDINATOR), OWN));
        callers.add(new Caller("coordinator@13", ApiTokens.token("matrix.coord13", List.of("regional-coordinator"),
                Map.of("region", "13")), Set.of(Role.REGIONAL_COORDINATOR), FOREIGN));
        callers.add(new Caller("platform-admin", ApiTokens.token("matrix.platform", List.of("platform-admin"), Map.of()),
                Set.of(Role.PLATFORM_ADMIN), null));
        callers.add(new Caller("nobody", null, Set.of(), null));
    }

    @TestFactory
    Stream<DynamicTest> every_operation_lets_in_exactly_its_declared_roles_and_shows_nobody_another_agencys_data() {
        List<Op> operations = operations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(33)
                .extracting(Op::path).contains("/api/v1/me", "/api/v1/list", "/api/v1/agency/config");
        return operations.stream().map(op -> dynamicTest(op.method().toUpperCase() + " " + op.path(), () -> check(op)));
    }

    private List<Op> operations() {
        List<Op> found = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(m -> METHODS.contains(m.getKey()))
                .forEach(m -> found.add(new Op(m.getKey(), path.getKey(), m.getValue()))));
        return found;
    }

    private void check(Op op) throws Exception {
        boolean open = "PUBLIC".equals(op.access());
        assertThat(op.access()).as("the access %s %s declares (@Allowed)", op.method(), op.path()).isNotEmpty();
        Set<String> declared = op.roles();
        SoftAssertions soft = new SoftAssertions();
        for (Caller caller : callers) {
            HttpResponse<byte[]> answer = invoke(op, caller);
            String body = text(answer);
            String what = caller.name() + " → " + answer.statusCode() + " " + body;
            int status = answer.statusCode();
            soft.assertThat(status).as(what).isLessThan(500);
            boolean allowed = open || caller.token() != null && ("SIGNED_IN".equals(op.access())
                    || caller.roles().stream().map(Role::keycloakName).anyMatch(declared::contains));
            if (caller.token() == null && !open) {
                soft.assertThat(status).as(what).isEqualTo(401);
                soft.assertThat(code(answer)).as(what).isEqualTo("api.problem.unauthorized");
            } else if (!allowed) {
                soft.assertThat(status).as(what).isEqualTo(403);
                soft.assertThat(code(answer)).as(what).isEqualTo("api.problem.role-required");
            } else {
                soft.assertThat(status).as(what).isNotEqualTo(401);
                soft.assertThat(status == 403 && "api.problem.role-required".equals(code(answer))).as(what).isFalse();
            }
            if (caller.side() != null && !open) {
                for (String marker : markersOf(caller.side().equals(OWN) ? FOREIGN : OWN)) {
                    soft.assertThat(body).as(what).doesNotContain(marker);
                }
            }
        }
        soft.assertAll();
    }

    private List<String> markersOf(String slug) {
        AgencySummary agency = directory.findBySlug(slug).orElseThrow();
        List<String> markers = new ArrayList<>(List.of(slug, agency.shortName(), agency.fullName()));
        if (slug.equals(OWN)) {
            markers.add(MARKER);
        }
        return markers;
    }

    private HttpResponse<byte[]> invoke(Op op, Caller caller) throws Exception {
        String path = op.path();
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : op.operation().path("parameters")) {
            String name = parameter.get("name").asString();
            String value = value(op.path(), name, parameter.path("schema"));
            if ("path".equals(parameter.get("in").asString())) {
                path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
            } else if (parameter.path("required").asBoolean(false)) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        String type = null;
        byte[] body = null;
        JsonNode content = op.operation().path("requestBody").path("content");
        if (!content.isMissingNode() && !content.propertyNames().isEmpty()) {
            type = content.propertyNames().iterator().next();
            body = type.equals("application/json") ? JSON.writeValueAsBytes(Map.of("version", -1)) : new byte[0];
        }
        return call(op.method().toUpperCase(), path + (query.isEmpty() ? "" : "?" + String.join("&", query)), caller.token(),
                type, body);
    }

    /** Existing ids of the own agency where the matrix knows the parameter, a plausible value of its type elsewhere. */
    private String value(String path, String name, JsonNode schema) {
        return switch (name) {
            case "number" -> path.startsWith("/api/v1/change-requests/") ? String.valueOf(requestNumber) : "1";
            case "entryKey" -> entryKey;
            case "format" -> "csv";
            case "document" -> "changes-docx";
            case "code" -> "54";
            case "slug" -> OWN;
            case "version" -> "-1";
            case "fileName" -> "matrix.xlsx";
            case "to" -> "1";
            case "workingDays" -> "5";
            default -> switch (schema.path("type").asString("string")) {
                case "integer", "number" -> "0";
                case "boolean" -> "true";
                default -> switch (schema.path("format").asString("")) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2026-01-12";
                    default -> "x";
                };
            };
        };
    }

    private static String code(HttpResponse<byte[]> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        return type.startsWith("application/problem+json") ? JSON.readTree(answer.body()).path("code").asString("") : "";
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> call(String method, String path, String bearer, String type, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
