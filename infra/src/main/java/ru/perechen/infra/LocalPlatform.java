package ru.perechen.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.perechen.PerechenApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform on one machine: Keycloak (child process, realm with the demo agencies and
 * users imported) and the application with an embedded PostgreSQL. The README's run command starts
 * it with both stores kept under {@code .data}; the end-to-end suite starts it too, with temporary
 * data and free ports.
 */
public final class LocalPlatform implements AutoCloseable {

    static final String KEYCLOAK_ADMIN = "kcadmin";
    static final String UI_CLIENT = "perechen-ui";

    private final KeycloakServer keycloak;
    private final ConfigurableApplicationContext app;
    private final Settings settings;

    private LocalPlatform(KeycloakServer keycloak, ConfigurableApplicationContext app, Settings settings) {
        this.keycloak = keycloak;
        this.app = app;
        this.settings = settings;
    }

    /**
     * @param postgresData   the embedded PostgreSQL's data directory; {@code null} for a temporary one
     * @param keycloakData   Keycloak's store; {@code null} for one in memory
     * @param keycloakHome   the unpacked Keycloak distribution
     * @param realmFile      the realm to import
     * @param workDir        where logs go
     */
    public record Settings(Path keycloakHome, Path realmFile, Path workDir, Path postgresData, Path keycloakData, int appPort,
                           int keycloakPort, int keycloakManagementPort, String demoPassword, String clientSecret,
                           String keycloakAdminPassword) {
    }

    public static LocalPlatform start(Settings settings) {
        String appUrl = "http://localhost:" + settings.appPort();
        Map<String, String> realmEnvironment = Map.of(
                "PERECHEN_DEMO_PASSWORD", settings.demoPassword(),
                "PERECHEN_OIDC_CLIENT_SECRET", settings.clientSecret(),
                "PERECHEN_APP_URL", appUrl,
                "KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", settings.keycloakAdminPassword());
        KeycloakServer keycloak = KeycloakServer.start(settings.keycloakHome(), settings.realmFile(), settings.keycloakData(),
                settings.keycloakPort(), settings.keycloakManagementPort(), settings.workDir(), realmEnvironment,
                Duration.ofMinutes(4));
        try {
            // a kept realm was imported by an earlier run: give its UI client this run's secret and address
            keycloak.alignClient(KEYCLOAK_ADMIN, settings.keycloakAdminPassword(), UI_CLIENT, settings.clientSecret(), appUrl);
            Map<String, Object> properties = new HashMap<>();
            properties.put("server.port", settings.appPort());
            properties.put("perechen.issuer-uri", keycloak.issuer());
            properties.put("spring.security.oauth2.client.registration.keycloak.client-secret", settings.clientSecret());
            properties.put("perechen.demo-data.enabled", "true");
            // the platform admin's "create agency" provisions organizations and users through the admin API
            properties.put("perechen.keycloak-admin.server-url", keycloak.baseUrl());
            properties.put("perechen.keycloak-admin.username", KEYCLOAK_ADMIN);
            properties.put("perechen.keycloak-admin.password", settings.keycloakAdminPassword());
            properties.put("perechen.embedded-postgres.data-directory",
                    settings.postgresData() == null ? "" : settings.postgresData().toAbsolutePath().toString());
            // command-line arguments outrank application.properties (default properties would not)
            String[] arguments = properties.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            ConfigurableApplicationContext app = new SpringApplicationBuilder(PerechenApplication.class).run(arguments);
            return new LocalPlatform(keycloak, app, settings);
        } catch (RuntimeException e) {
            keycloak.close();
            throw e;
        }
    }

    public String appUrl() {
        return "http://localhost:" + settings.appPort();
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public Settings settings() {
        return settings;
    }

    /** The demo users of the realm file, by realm role, in the file's order. */
    public static Map<String, List<String>> demoLogins(Path realmFile) {
        JsonNode realm = JsonMapper.builder().build().readTree(realmFile.toFile());
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (JsonNode role : realm.path("roles").path("realm")) {
            byRole.put(role.path("name").asString(), new ArrayList<>());
        }
        for (JsonNode user : realm.path("users")) {
            for (JsonNode role : user.path("realmRoles")) {
                byRole.computeIfAbsent(role.asString(), r -> new ArrayList<>()).add(user.path("username").asString());
            }
        }
        return byRole;
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            keycloak.close();
        }
    }

    public static int freePort(int preferred) {
        if (preferred > 0) {
            try (ServerSocket socket = new ServerSocket(preferred)) {
                socket.setReuseAddress(true);
                return preferred;
            } catch (IOException busy) {
                // fall through to any free port
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String randomSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The README's run command ends here: starts everything, prints where to go, stops on Ctrl-C. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("perechen.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(System.getProperty("perechen.data-dir", ".data"));
        Files.createDirectories(data);
        Path realmFile = root.resolve("infra/keycloak/perechen-realm.json");
        Settings settings = new Settings(
                Path.of(System.getProperty("perechen.keycloak.home",
                        root.resolve("infra/target/keycloak-dist/keycloak-26.7.3").toString())),
                realmFile, data.resolve("logs"), data.resolve("pgdata"), data.resolve("keycloak"),
                freePort(Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"))),
                freePort(8180), freePort(9180),
                // Keycloak keeps the users' passwords and its admin account from the first run
                persistentSecret(data.resolve("demo-password"), "demo-" + randomSecret().substring(0, 8)),
                randomSecret(), persistentSecret(data.resolve("keycloak-admin-password"), randomSecret()));
        System.out.println("Starting Keycloak on port " + settings.keycloakPort() + " (log: " + settings.workDir().resolve("keycloak.log") + ") …");
        LocalPlatform platform = start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "perechen-stop"));
        printWelcome(platform, realmFile);
        stopped.await();
    }

    private static String persistentSecret(Path file, String firstValue) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        Files.writeString(file, firstValue);
        return firstValue;
    }

    private static void printWelcome(LocalPlatform platform, Path realmFile) {
        StringBuilder out = new StringBuilder("\n");
        out.append("==================================================================\n");
        out.append(" Перечень is running:        ").append(platform.appUrl()).append('\n');
        out.append(" Keycloak admin console:     ").append(platform.keycloak().baseUrl())
                .append("/admin  (" + KEYCLOAK_ADMIN + " / ").append(platform.settings().keycloakAdminPassword()).append(")\n");
        out.append(" Demo password (all users):  ").append(platform.settings().demoPassword()).append('\n');
        out.append(" Demo logins by role:\n");
        demoLogins(realmFile).forEach((role, users) ->
                out.append(String.format("   %-22s %s%n", role, String.join(", ", users))));
        out.append(" Press Ctrl-C to stop Keycloak, the app and PostgreSQL.\n");
        out.append("==================================================================\n");
        System.out.println(out);
    }
}
