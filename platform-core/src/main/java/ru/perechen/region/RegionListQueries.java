package ru.perechen.region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each agency's list in force is on a day, for every agency of the region at once: the version, and the
 * registry it is measured against (the rows themselves are counted by {@link RegionFindings}). Aggregate queries grouped by
 * agency, run inside the caller's region-scope read-only transaction; no row of a list reaches Java.
 */
@Component
class RegionListQueries {

    /** Each agency's version in force before {@code :end}. */
    static final String IN_FORCE = """
            select distinct on (agency_id) agency_id, number from list_version
            where enacted_at < :end order by agency_id, number desc""";
    /** The rows of {@code v}'s version, {@code e} joined to {@code v}. */
    static final String ALIVE = "e.agency_id = v.agency_id and e.valid_from <= v.number and (e.valid_to is null or e.valid_to > v.number)";

    private final JdbcClient jdbc;

    RegionListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force: number, order, enactment day, rows (processes and touchpoints filled by {@link #counts}). */
    record Version(int number, String actNumber, LocalDate actDate, LocalDate enactedOn, int rows) {
    }

    Map<UUID, Version> versions(Instant end) {
        Map<UUID, Version> result = new HashMap<>();
        jdbc.sql("""
                select distinct on (agency_id) agency_id, number, act_number, act_date,
                       (enacted_at at time zone 'Europe/Moscow')::date as enacted_on, row_count
                from list_version where enacted_at < :end order by agency_id, number desc""")
                .param("end", java.sql.Timestamp.from(end))
                .query(rs -> {
                    java.sql.Date act = rs.getDate("act_date");
                    result.put(rs.getObject("agency_id", UUID.class), new Version(rs.getInt("number"), rs.getString("act_number"),
                            act == null ? null : act.toLocalDate(), rs.getDate("enacted_on").toLocalDate(), rs.getInt("row_count")));
                });
        return result;
    }

    /**
     * The registry's processes on the day (included by then, not excluded by then; of a group not retired, as
     * the rules panel counts them), per agency — those of them with a row are {@link VersionFacts#coveredOn}.
     */
    Map<UUID, Integer> registry(LocalDate day) {
        Map<UUID, Integer> result = new HashMap<>();
        jdbc.sql("select p.agency_id, count(*) as processes from agency_process p join process_group g on g.id = p.group_id"
                        + " where not g.retired and (p.included_on is null or p.included_on <= :day)"
                        + " and (not p.excluded or p.excluded_on > :day) group by p.agency_id")
                .param("day", java.sql.Date.valueOf(day))
                .query(rs -> {
                    result.put(rs.getObject("agency_id", UUID.class), rs.getInt("processes"));
                });
        return result;
    }
}
