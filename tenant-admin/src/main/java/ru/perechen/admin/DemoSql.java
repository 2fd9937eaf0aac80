package ru.perechen.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import ru.perechen.calendar.CalendarService;
import ru.perechen.tenancy.AgencyId;

/**
 * DEMO DATA ONLY. The schema owner's connection (the one the migrations run as), for what no service
 * lets anyone write and nothing but the demo may: dating the demo history back — when a version was
 * enacted, a request sent, a decision taken. Row-level security binds the owner too, so each piece of
 * work runs in one transaction scoped to one agency.
 */
@Component
@ConditionalOnProperty(name = "perechen.demo-data.enabled", havingValue = "true")
class DemoSql {

    private final DataSource owner;

    DemoSql(Flyway flyway) {
        // the migrations' data source: the embedded server's owner, or spring.flyway.user on an external database
        this.owner = flyway.getConfiguration().getDataSource();
    }

    /** Runs {@code work} in one owner transaction over the rows of {@code agency}. */
    void inAgency(AgencyId agency, Consumer<JdbcClient> work) {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try {
                JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                jdbc.sql("select set_config('app.agency_id', ?, true)").param(agency.value().toString()).query(String.class).single();
                work.accept(jdbc);
                connection.commit();
            } catch (RuntimeException failed) {
                connection.rollback();
                throw failed;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Demo history not written: " + failed.getMessage(), failed);
        }
    }

    /** That day at that hour, Moscow time. */
    static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(CalendarService.ZONE).toInstant());
    }
}
