package ru.perechen.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.perechen.tenancy.RegionId;

/** The table of coordinators' assignments (V031), read and written in the caller's transaction. */
@Component
class CoordinatorAssignments {

    private static final String SELECT = """
            select c.id, c.region_id, r.code, c.username, c.display_name, c.email, c.assigned_at, c.assigned_by
            from region_coordinator c join region r on r.id = c.region_id
            """;
    private final JdbcClient jdbc;

    CoordinatorAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The region's coordinators now, by name. */
    List<RegionCoordinator> active(RegionId region) {
        return jdbc.sql(SELECT + " where c.region_id = ? and c.revoked_at is null order by c.display_name, c.username")
                .param(region.value()).query(CoordinatorAssignments::coordinator).list();
    }

    /** The assignments of the login now, in any region (a login coordinates one region at most). */
    List<RegionCoordinator> activeOf(String username) {
        return jdbc.sql(SELECT + " where lower(c.username) = lower(?) and c.revoked_at is null")
                .param(username).query(CoordinatorAssignments::coordinator).list();
    }

    /** An assignment in force, locked until the transaction ends. */
    Optional<RegionCoordinator> activeForUpdate(UUID id) {
        return jdbc.sql(SELECT + " where c.id = ? and c.revoked_at is null for update of c")
                .param(id).query(CoordinatorAssignments::coordinator).optional();
    }

    RegionCoordinator insert(RegionId region, String username, String displayName, String email, Instant at, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into region_coordinator (id, region_id, username, display_name, email, assigned_at, assigned_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, region.value(), username, displayName, email, Timestamp.from(at), by).update();
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CoordinatorAssignments::coordinator).single();
    }

    void revoke(UUID id, Instant at, String by) {
        jdbc.sql("update region_coordinator set revoked_at = ?, revoked_by = ?, version = version + 1 where id = ? and revoked_at is null")
                .params(Timestamp.from(at), by, id).update();
    }

    private static RegionCoordinator coordinator(ResultSet rs, int row) throws SQLException {
        return new RegionCoordinator(rs.getObject("id", UUID.class), new RegionId(rs.getObject("region_id", UUID.class)),
                rs.getString("code"), rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                rs.getObject("assigned_at", OffsetDateTime.class).toInstant(), rs.getString("assigned_by"));
    }
}
