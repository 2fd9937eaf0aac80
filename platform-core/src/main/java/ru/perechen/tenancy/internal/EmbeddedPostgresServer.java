package ru.perechen.tenancy.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started in-process (zonky binaries), with the same two roles a
 * production database has: the schema owner (migrations) and the application role (RLS applies).
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "perechen";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final EmbeddedPostgresProperties properties;
    private final String ownerPassword = randomPassword();
    private final String appPassword = randomPassword();

    EmbeddedPostgresServer(EmbeddedPostgresProperties properties) {
        this.properties = properties;
        try {
            boolean persistent = properties.dataDirectory() != null && !properties.dataDirectory().isBlank();
            // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit=off, made for
            // throw-away test clusters: a crash would lose the last commits. The local run keeps its
            // data, so every committed transaction must be on disk before the commit returns.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(properties.port())
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("max_connections", "60")
                    .setLocaleConfig("encoding", "UTF8");
            if (persistent) {
                Path dir = Path.of(properties.dataDirectory()).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            this.postgres = builder.start();
            bootstrap();
            log.info("Embedded PostgreSQL on port {} ({})", postgres.getPort(),
                    persistent ? "data in " + properties.dataDirectory() : "temporary cluster");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private void bootstrap() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            ensureRole(s, properties.ownerRole(), ownerPassword, "");
            ensureRole(s, properties.appRole(), appPassword, " NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " owner " + properties.ownerRole() + " encoding 'UTF8'");
                }
            }
            s.execute("grant connect on database " + DATABASE + " to " + properties.appRole());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL roles", e);
        }
    }

    private static void ensureRole(Statement s, String role, String password, String attributes) throws SQLException {
        boolean exists;
        try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            exists = rs.next();
        }
        String verb = exists ? "alter" : "create";
        s.execute(verb + " role " + role + " login password '" + password + "'" + attributes);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    String ownerRole() {
        return properties.ownerRole();
    }

    String ownerPassword() {
        return ownerPassword;
    }

    String appRole() {
        return properties.appRole();
    }

    String appPassword() {
        return appPassword;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
