package ru.perechen.infra.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import ru.perechen.infra.KeycloakServer;
import ru.perechen.infra.LocalPlatform;

/**
 * The application in a JVM of its own, started as the deployable jar is (its main class, the test
 * classpath for the fault points), with the embedded PostgreSQL's data in a directory kept across
 * starts. {@link #kill()} is {@code kill -9} of the JVM and of the PostgreSQL it started: nothing
 * shuts down, nothing is flushed.
 */
final class ChildApplication {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final Path postgresData;
    private final int port;

    private ChildApplication(Process process, Path log, Path postgresData, int port) {
        this.process = process;
        this.log = log;
        this.postgresData = postgresData;
        this.port = port;
    }

    /**
     * @param faultPoint {@code bean#method} whose transaction stops (see {@link FaultPoints}), or null
     * @param phase      {@code before-commit} or {@code after-commit}
     */
    static ChildApplication start(Path work, Path postgresData, int postgresPort, KeycloakServer keycloak,
                                  String keycloakAdminPassword, String faultPoint, String phase) {
        int port = LocalPlatform.freePort(0);
        Path log = work.resolve("app-" + Instant.now().toEpochMilli() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "ru.perechen.PerechenApplication",
                "--server.port=" + port,
                "--perechen.issuer-uri=" + keycloak.issuer(),
                "--perechen.demo-data.enabled=true",
                "--perechen.keycloak-admin.server-url=" + keycloak.baseUrl(),
                "--perechen.keycloak-admin.username=kcadmin",
                "--perechen.keycloak-admin.password=" + keycloakAdminPassword,
                "--perechen.embedded-postgres.data-directory=" + postgresData.toAbsolutePath(),
                "--perechen.embedded-postgres.port=" + postgresPort,
                "--perechen.fault.enabled=true"));
        if (faultPoint != null) {
            command.add("--perechen.fault.point=" + faultPoint);
            command.add("--perechen.fault.phase=" + phase);
        }
        try {
            Files.createDirectories(work);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ChildApplication app = new ChildApplication(process, log, postgresData, port);
            app.awaitReady(Duration.ofMinutes(3));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Waits until the stopped transaction says so on the process's output. */
    void awaitFaultPoint(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (output().contains(FaultPoints.REACHED)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended before the fault point; see " + log);
            }
            sleep(50);
        }
        throw new IllegalStateException("The fault point was not reached within " + timeout + "; see " + log);
    }

    /** {@code kill -9} of the application and its PostgreSQL (the postmaster and every backend). */
    void kill() {
        List<ProcessHandle> doomed = new ArrayList<>();
        doomed.add(process.toHandle());
        doomed.addAll(process.descendants().toList());
        postmaster().ifPresent(postmaster -> {
            doomed.addAll(postmaster.descendants().toList());
            doomed.add(postmaster);
        });
        doomed.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle each : doomed) {
            try {
                each.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Process " + each.pid() + " did not end after kill -9", e);
            }
        }
    }

    /** A regular stop at the end of the suite. */
    void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        postmaster().ifPresent(ProcessHandle::destroy);
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path log() {
        return log;
    }

    private Optional<ProcessHandle> postmaster() {
        Path pidFile = postgresData.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            return ProcessHandle.of(pid);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void awaitReady(Duration timeout) {
        // readiness turns on after the start's own work (the reconciliation of interrupted creations)
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting; see " + log);
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException("The application was not ready within " + timeout + "; see " + log);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
