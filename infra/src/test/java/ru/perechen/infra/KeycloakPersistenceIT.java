package ru.perechen.infra;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The local run's Keycloak keeps what was created in it: an organization and a user made through the
 * admin API (as the platform admin's "create agency" makes them) are there after a restart, and the
 * realm file is not imported over them again.
 */
class KeycloakPersistenceIT {

    private static final Path HOME = Path.of(System.getProperty("perechen.keycloak.home"));
    private static final Path REALM_FILE = Path.of(System.getProperty("perechen.keycloak.realm-file"));
    private static final String ADMIN_PASSWORD = LocalPlatform.randomSecret();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void an_organization_and_a_user_created_through_the_admin_api_survive_a_restart() throws Exception {
        Path work = Files.createTempDirectory("perechen-kc-persist");
        Path store = work.resolve("keycloak");
        String demoPassword = "demo-first";

        try (KeycloakServer keycloak = start(store, work, demoPassword)) {
            try (Keycloak admin = admin(keycloak)) {
                RealmResource realm = admin.realm(KeycloakServer.REALM);
                OrganizationRepresentation organization = new OrganizationRepresentation();
                organization.setAlias("minstroy-nso");
                organization.setName("Минстрой НСО");
                organization.setEnabled(true);
                organization.addDomain(domain("minstroy.nso.ru"));
                String organizationId;
                try (Response created = realm.organizations().create(organization)) {
                    organizationId = CreatedResponseUtil.getCreatedId(created);
                }
                UserRepresentation user = new UserRepresentation();
                user.setUsername("minstroy.admin");
                user.setFirstName("Вера");
                user.setLastName("Строителева");
                user.setEmail("admin@minstroy.nso.ru");
                user.setEnabled(true);
                String userId;
                try (Response created = realm.users().create(user)) {
                    userId = CreatedResponseUtil.getCreatedId(created);
                }
                realm.organizations().get(organizationId).members().addMember(userId).close();
            }
            assertThat(token(keycloak, "mpt.editor", demoPassword)).contains("access_token");
        }

        // the second start is given other placeholder values: an import over the kept realm would show
        try (KeycloakServer keycloak = start(store, work, "demo-second")) {
            try (Keycloak admin = admin(keycloak)) {
                RealmResource realm = admin.realm(KeycloakServer.REALM);
                OrganizationRepresentation organization = realm.organizations().getAll().stream()
                        .filter(o -> "minstroy-nso".equals(o.getAlias())).findFirst().orElseThrow();
                assertThat(organization.getName()).isEqualTo("Минстрой НСО");
                assertThat(realm.organizations().get(organization.getId()).members().list(0, 10))
                        .extracting(UserRepresentation::getUsername).containsExactly("minstroy.admin");
                assertThat(realm.users().searchByUsername("minstroy.admin", true)).extracting(UserRepresentation::getLastName)
                        .containsExactly("Строителева");
                // the seed organizations are still there, once each
                assertThat(realm.organizations().getAll()).extracting(OrganizationRepresentation::getAlias)
                        .containsOnlyOnce("minpromtorg-nso", "dizo-nso", "minstroy-nso");

                keycloak.alignClient(LocalPlatform.KEYCLOAK_ADMIN, ADMIN_PASSWORD, LocalPlatform.UI_CLIENT,
                        "second-run-secret", "http://localhost:18081");
                ClientRepresentation client = realm.clients().findByClientId(LocalPlatform.UI_CLIENT).getFirst();
                assertThat(realm.clients().get(client.getId()).getSecret().getValue()).isEqualTo("second-run-secret");
                assertThat(client.getRedirectUris()).containsExactly("http://localhost:18081/*");
            }
            // the demo users keep the password of the first import
            assertThat(token(keycloak, "mpt.editor", demoPassword)).contains("access_token");
            assertThat(token(keycloak, "mpt.editor", "demo-second")).contains("invalid_grant").doesNotContain("access_token");
            assertThat(Files.readString(keycloak.log())).contains("Realm 'perechen' already exists. Import skipped");
        }
    }

    private static KeycloakServer start(Path store, Path work, String demoPassword) {
        return KeycloakServer.start(HOME, REALM_FILE, store, LocalPlatform.freePort(0), LocalPlatform.freePort(0), work,
                Map.of("PERECHEN_DEMO_PASSWORD", demoPassword,
                        "PERECHEN_OIDC_CLIENT_SECRET", LocalPlatform.randomSecret(),
                        "PERECHEN_APP_URL", "http://localhost:18080",
                        "KC_BOOTSTRAP_ADMIN_USERNAME", LocalPlatform.KEYCLOAK_ADMIN,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD),
                Duration.ofMinutes(4));
    }

    private static Keycloak admin(KeycloakServer keycloak) {
        return KeycloakBuilder.builder().serverUrl(keycloak.baseUrl()).realm("master").clientId("admin-cli")
                .username(LocalPlatform.KEYCLOAK_ADMIN).password(ADMIN_PASSWORD).build();
    }

    private static OrganizationDomainRepresentation domain(String name) {
        var domain = new OrganizationDomainRepresentation();
        domain.setName(name);
        return domain;
    }

    private static String token(KeycloakServer keycloak, String username, String password)
            throws IOException, InterruptedException {
        String form = String.join("&", List.of("grant_type=password", "client_id=perechen-cli", "scope=openid",
                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
                "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
