package ru.perechen.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.perechen.coretest.CoreTestApplication;

@SpringBootTest(classes = CoreTestApplication.class)
class MigrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired Flyway flyway;

    @Test
    void the_migrations_apply_to_an_empty_postgresql_18() {
        assertThat(jdbc.sql("show server_version_num").query(Integer.class).single()).isBetween(180000, 189999);
        List<String> applied = Arrays.stream(flyway.info().applied())
                .map(m -> m.getVersion() + ":" + m.getState().isApplied() + ":" + m.getState().isFailed()).toList();
        assertThat(applied).isNotEmpty().allMatch(row -> row.endsWith(":true:false")).first().isEqualTo("001:true:false");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'public' "
                + "and table_name in ('region', 'agency', 'agency_profile')").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void the_application_role_cannot_read_or_change_the_migration_history() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single()))
                .hasRootCauseMessage("ERROR: permission denied for table flyway_schema_history");
    }

    @Test
    void the_schema_is_owned_by_the_migration_role_not_the_application() {
        String owner = jdbc.sql("select tableowner from pg_tables where tablename = 'agency_profile'").query(String.class).single();
        String app = jdbc.sql("select current_user").query(String.class).single();
        assertThat(owner).isEqualTo("perechen_owner");
        assertThat(app).isEqualTo("perechen_app");
    }
}
