package ru.perechen.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.perechen.coretest.CoreTestApplication;

/**
 * The embedded PostgreSQL as the local run starts it (the default configuration): a commit returns
 * only once it is on disk, so a crash or a {@code kill -9} loses no committed transaction.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class EmbeddedPostgresDurabilityTest {

    @Autowired JdbcClient jdbc;

    @Test
    void a_commit_waits_for_its_write_ahead_log_to_reach_the_disk() {
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    private String setting(String name) {
        return jdbc.sql("select setting from pg_settings where name = ?").param(name).query(String.class).single();
    }
}
