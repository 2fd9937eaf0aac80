package ru.perechen.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.uitest.MockIssuer;

/**
 * The API and the UI entry against a real (in-process) OIDC provider: tokens are signed, issuers and
 * audiences checked, Keycloak-shaped claims mapped to the agency, the region and the roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "perechen.demo-data.enabled=true")
class ApiSecurityTest {

    static final MockOAuth2Server OIDC = MockIssuer.SERVER;
    static final String ISSUER = "perechen";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    @Test
    void me_without_a_token_is_401() throws Exception {
        assertThat(get("/api/v1/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void me_describes_an_agency_user_from_keycloak_claims() throws Exception {
        String token = token(ISSUER, "perechen-api", Map.of(
                "preferred_username", "mpt.editor", "name", "Иван Редакторов",
                "realm_access", Map.of("roles", List.of("editor", "default-roles-perechen")),
                "organization", List.of("minpromtorg-nso")));
        HttpResponse<String> response = get("/api/v1/me", token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"username\":\"mpt.editor\"")
                .contains("\"roles\":[\"editor\"]")
                .contains("\"slug\":\"minpromtorg-nso\"")
                .contains("\"code\":\"54\"");
    }

    @Test
    void the_agency_config_describes_the_callers_agency_only() throws Exception {
        String token = token(ISSUER, "perechen-api", Map.of(
                "preferred_username", "dizo.admin",
                "realm_access", Map.of("roles", List.of("tenant-admin")),
                "organization", List.of("dizo-nso")));
        HttpResponse<String> response = get("/api/v1/agency/config", token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"slug\":\"dizo-nso\"")
                .contains("\"title\":\"Направление деятельности департамента\"")
                .contains("\"rule\":\"SUPERVISING_DEPUTY\"")
                .contains("\"actRequired\":true")
                .contains("Предоставление объектов для осмотра (проверки)")
                .contains("МФЦ «Мои документы»")
                .doesNotContain("minpromtorg-nso");
        String coordinator = token(ISSUER, "perechen-api", Map.of(
                "preferred_username", "coord.nso",
                "realm_access", Map.of("roles", List.of("regional-coordinator")),
                "region", "54"));
        assertThat(get("/api/v1/agency/config", coordinator).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/agency/config", null).statusCode()).isEqualTo(401);
    }

    @Test
    void me_describes_a_coordinator_with_their_region_and_no_agency() throws Exception {
        String token = token(ISSUER, "perechen-api", Map.of(
                "preferred_username", "coord.rm",
                "realm_access", Map.of("roles", List.of("regional-coordinator")),
                "region", "13"));
        HttpResponse<String> response = get("/api/v1/me", token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"roles\":[\"regional-coordinator\"]")
                .contains("\"agency\":null")
                .contains("\"name\":\"Республика Мордовия\"");
    }

    @Test
    void a_token_of_another_issuer_is_401() throws Exception {
        String token = token("another-realm", "perechen-api", Map.of("organization", List.of("minpromtorg-nso")));
        assertThat(get("/api/v1/me", token).statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_for_another_audience_is_401() throws Exception {
        String token = token(ISSUER, "some-other-api", Map.of("organization", List.of("minpromtorg-nso")));
        assertThat(get("/api/v1/me", token).statusCode()).isEqualTo(401);
    }

    @Test
    void a_forged_token_is_401() throws Exception {
        String token = token(ISSUER, "perechen-api", Map.of("organization", List.of("minpromtorg-nso")));
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(get("/api/v1/me", forged).statusCode()).isEqualTo(401);
    }

    @Test
    void the_ui_sends_a_visitor_without_a_session_to_the_identity_provider() throws Exception {
        HttpResponse<String> response = get("/", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
        HttpResponse<String> authorize = get("/oauth2/authorization/keycloak", null);
        assertThat(authorize.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(OIDC.issuerUrl(ISSUER) + "/authorize")
                .contains("scope=openid%20profile%20email%20organization")
                .contains("ui_locales=ru"));
    }

    @Test
    void a_coordinator_reads_the_agencies_of_their_region_across_tenants() throws Exception {
        HttpResponse<String> response = get("/api/v1/regions/54/agencies", coordinatorOf("54"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"slug\":\"minpromtorg-nso\"", "\"slug\":\"dizo-nso\"",
                "\"slug\":\"gsn-nso\"", "\"slug\":\"minek-nso\"").doesNotContain("minpromnauki-rm");
        assertThat(response.body()).contains("Белова Наталья Викторовна");
    }

    @Test
    void another_regions_coordinator_and_agency_staff_get_403() throws Exception {
        assertThat(get("/api/v1/regions/54/agencies", coordinatorOf("13")).statusCode()).isEqualTo(403);
        String editor = token(ISSUER, "perechen-api", Map.of(
                "realm_access", Map.of("roles", List.of("editor", "tenant-admin")),
                "organization", List.of("dizo-nso")));
        assertThat(get("/api/v1/regions/54/agencies", editor).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/regions/54/agencies", null).statusCode()).isEqualTo(401);
    }

    @Test
    void an_unknown_region_is_404() throws Exception {
        assertThat(get("/api/v1/regions/99/agencies", coordinatorOf("54")).statusCode()).isEqualTo(404);
    }

    private static String coordinatorOf(String region) {
        return token(ISSUER, "perechen-api", Map.of(
                "realm_access", Map.of("roles", List.of("regional-coordinator")), "region", region));
    }

    @Test
    void health_is_public() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String issuer, String audience, Map<String, Object> claims) {
        return OIDC.issueToken(issuer, "perechen-cli", new DefaultOAuth2TokenCallback(issuer, "user-" + claims.hashCode(),
                JOSEObjectType.JWT.getType(), List.of(audience), claims, 3600)).serialize();
    }
}
