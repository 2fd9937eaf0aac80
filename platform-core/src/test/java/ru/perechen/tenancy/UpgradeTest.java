package ru.perechen.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.coretest.CoreTestApplication;

/**
 * A database that already has data is upgraded, not only an empty one: audit events written before
 * the chain existed (V012) are numbered and chained in the order they happened.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class UpgradeTest {

    @Autowired @FlywayDataSource DataSource owner;

    @Test
    void audit_events_written_before_the_chain_existed_are_chained_by_the_upgrade() throws Exception {
        String schema = "upgrade_" + Long.toHexString(System.nanoTime());
        Flyway.configure().dataSource(owner).schemas(schema).placeholders(Map.of("app_role", "perechen_app")).target("11").load().migrate();
        UUID agency = UUID.randomUUID();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            UUID region = UUID.randomUUID();
            s.execute("insert into region (id, code, name) values ('" + region + "', 'U1', 'Область обновления')");
            s.execute("insert into agency (id, region_id, slug, full_name, short_name, agency_type) values ('" + agency + "', '"
                    + region + "', 'upgrade-a', 'Министерство О', 'Министерство О', 'MINISTRY')");
            s.execute("select set_config('app.agency_id', '" + agency + "', false)");
            for (int i = 1; i <= 3; i++) {
                s.execute("insert into audit_event (id, agency_id, occurred_at, actor_id, actor_name, entity_type, action, summary, after_state)"
                        + " values (gen_random_uuid(), '" + agency + "', now() - interval '" + (10 - i) + " minutes', 'u', 'Анна',"
                        + " 'ProcessGroup', 'CREATED', 'событие " + i + "', '{\"n\": " + i + "}')");
            }
        }
        Flyway.configure().dataSource(owner).schemas(schema).placeholders(Map.of("app_role", "perechen_app")).load().migrate();
        List<String> rows = new ArrayList<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            s.execute("select set_config('app.agency_id', '" + agency + "', false)");
            try (ResultSet r = s.executeQuery("""
                    select a.seq, a.summary, a.hash = audit_event_hash(a),
                           a.prev_hash = coalesce(lag(a.hash) over (order by a.seq), repeat('0', 64)), a.search_text
                    from audit_event a order by a.seq""")) {
                while (r.next()) {
                    rows.add(r.getLong(1) + " " + r.getString(2) + " " + r.getBoolean(3) + " " + r.getBoolean(4) + " " + r.getString(5));
                }
            }
            // and the chain goes on from there
            s.execute("insert into audit_event (id, agency_id, occurred_at, actor_id, actor_name, entity_type, action, summary)"
                    + " values (gen_random_uuid(), '" + agency + "', now(), 'u', 'Анна', 'ProcessGroup', 'UPDATED', 'после обновления')");
            try (ResultSet r = s.executeQuery("select seq, hash = audit_event_hash(a) from audit_event a where summary = 'после обновления'")) {
                r.next();
                rows.add(r.getLong(1) + " " + r.getBoolean(2));
            }
            s.execute("drop schema " + schema + " cascade");
        }
        assertThat(rows).containsExactly("1 событие 1 true true событие 1 анна", "2 событие 2 true true событие 2 анна",
                "3 событие 3 true true событие 3 анна", "4 true");
    }
}
