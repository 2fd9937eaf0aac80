package ru.perechen.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.coretest.CoreTestApplication;

/**
 * The production configuration: a PostgreSQL prepared as the README says (owner and application
 * roles), reached through the standard {@code spring.datasource.*} and {@code spring.flyway.*}
 * settings. No embedded server is started by the application then.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class ExternalDatabaseTest {

    static final EmbeddedPostgres EXTERNAL = prepared();

    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    private static EmbeddedPostgres prepared() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role ext_owner login password 'owner-secret'");
                s.execute("create role ext_app login password 'app-secret' nosuperuser nocreatedb nocreaterole nobypassrls");
                s.execute("create database perechen owner ext_owner");
                s.execute("grant connect on database perechen to ext_app");
            }
            return postgres;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        String url = "jdbc:postgresql://localhost:" + EXTERNAL.getPort() + "/perechen";
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "ext_app");
        registry.add("spring.datasource.password", () -> "app-secret");
        registry.add("spring.flyway.user", () -> "ext_owner");
        registry.add("spring.flyway.password", () -> "owner-secret");
        registry.add("spring.flyway.placeholders.app_role", () -> "ext_app");
    }

    @AfterAll
    static void stop() throws IOException {
        EXTERNAL.close();
    }

    @Test
    void the_app_connects_as_the_application_role_and_the_owner_migrated() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("ext_app");
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'agency'").query(String.class).single())
                .isEqualTo("ext_owner");
        assertThat(context.getBeanNamesForType(Object.class)).noneMatch(name -> name.equals("embeddedPostgresServer"));
    }

    @Test
    void row_level_security_holds_on_the_external_database_too() {
        assertThat(jdbc.sql("select count(*) from agency_profile").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select relforcerowsecurity from pg_class where relname = 'agency_profile'")
                .query(Boolean.class).single()).isTrue();
    }
}
