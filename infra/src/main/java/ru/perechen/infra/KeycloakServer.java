package ru.perechen.infra;

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
import java.util.concurrent.TimeUnit;

/**
 * The real Keycloak server distribution (from Maven Central), run as a child process in development
 * mode with an in-memory store; the realm is imported at every start from {@code infra/keycloak}.
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
     * @param environment values for the realm file's placeholders (demo password, client secret, app URL)
     */
    public static KeycloakServer start(Path home, Path realmFile, int port, int managementPort, Path workDir,
                                       Map<String, String> environment, Duration timeout) {
        try {
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(workDir);
            Path log = workDir.resolve("keycloak.log");
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--db=dev-mem", "--import-realm", "--cache=local"));
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

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
