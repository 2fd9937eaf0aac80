package ru.perechen.infra;

import jakarta.ws.rs.NotAuthorizedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The real Keycloak server distribution (from Maven Central), run as a child process in development
 * mode. Its store is a file database in a data directory kept between starts (the local run) or in
 * memory (tests that need a fresh realm). The realm is imported from {@code infra/keycloak} when the
 * store does not have it yet; Keycloak skips the import of a realm that exists, so what was created
 * since is kept.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "perechen";

    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Keycloak and waits until the realm answers.
     *
     * @param dataDir     where Keycloak keeps its store; {@code null} for an in-memory store gone at the stop
     * @param environment values for the realm file's placeholders (demo password, client secret, app URL)
     */
    public static KeycloakServer start(Path home, Path realmFile, Path dataDir, int port, int managementPort, Path workDir,
                                       Map<String, String> environment, Duration timeout) {
        try {
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(workDir);
            Path log = workDir.resolve("keycloak.log");
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--import-realm", "--cache=local"));
            command.addAll(storeOptions(dataDir));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            KeycloakServer server = new KeycloakServer(process, port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
            server.awaitReady(timeout);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** Keycloak's development file store (H2) in the given directory rather than under the distribution. */
    static List<String> storeOptions(Path dataDir) throws IOException {
        if (dataDir == null) {
            return List.of("--db=dev-mem");
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        return List.of("--db=dev-file", "--db-url=jdbc:h2:file:" + dir.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration")).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + log);
    }

    /**
     * Gives the realm's confidential client the secret and application address of this run: a realm
     * kept from an earlier run still has that run's, and the application's port may have changed.
     */
    public void alignClient(String adminUser, String adminPassword, String clientId, String secret, String appUrl) {
        try (Keycloak admin = KeycloakBuilder.builder().serverUrl(baseUrl()).realm("master").clientId("admin-cli")
                .username(adminUser).password(adminPassword).build()) {
            ClientsResource clients = admin.realm(REALM).clients();
            ClientRepresentation client = clients.findByClientId(clientId).getFirst();
            client.setSecret(secret);
            client.setRedirectUris(List.of(appUrl + "/*"));
            clients.get(client.getId()).update(client);
        } catch (NotAuthorizedException refused) {
            throw new IllegalStateException("Keycloak refused its admin password: the store in use was made with "
                    + "another one (remove Keycloak's data directory to start it afresh)", refused);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public Path log() {
        return log;
    }

    /** Stops Keycloak and waits until every process of it has ended, so that its store is closed. */
    @Override
    public void close() {
        List<ProcessHandle> processes = new ArrayList<>(process.descendants().toList());
        processes.add(process.toHandle());
        processes.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plusSeconds(30);
        for (ProcessHandle each : processes) {
            try {
                each.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stuck) {
                each.destroyForcibly();
                each.onExit().join();
            } catch (ExecutionException e) {
                // it has ended anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
