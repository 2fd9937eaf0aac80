package ru.perechen.region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.perechen.catalog.ChannelType;
import ru.perechen.region.AgencyIndicators.Channels;
import ru.perechen.region.AgencyIndicators.Coverage;

/**
 * What each agency's list in force holds on a day, for every agency of the region at once: the version,
 * its processes and touchpoints, their channels, and the registry's coverage. Aggregate queries grouped by
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

    /** Processes and touchpoints of the version in force, touchpoints by channel kind and type. */
    Map<UUID, Counts> counts(Instant end) {
        Map<UUID, Counts> result = new HashMap<>();
        jdbc.sql("with v as (" + IN_FORCE + ") select e.agency_id, count(distinct e.process_id) as processes,"
                        + " count(distinct e.touchpoint_id) as touchpoints,"
                        + " count(distinct e.touchpoint_id) filter (where e.channel_kind = 'DIGITAL') as digital"
                        + " from list_entry e join v on " + ALIVE + " group by e.agency_id")
                .param("end", java.sql.Timestamp.from(end))
                .query(rs -> {
                    result.put(rs.getObject("agency_id", UUID.class), new Counts(rs.getInt("processes"), rs.getInt("touchpoints"),
                            rs.getInt("digital"), new EnumMap<>(ChannelType.class)));
                });
        jdbc.sql("with v as (" + IN_FORCE + "), t as (select distinct e.agency_id, e.touchpoint_id from list_entry e join v on " + ALIVE
                        + ") select t.agency_id, tp.channel_type, count(*) as n from t join touchpoint tp on tp.id = t.touchpoint_id"
                        + " group by t.agency_id, tp.channel_type")
                .param("end", java.sql.Timestamp.from(end))
                .query(rs -> {
                    Counts c = result.get(rs.getObject("agency_id", UUID.class));
                    if (c != null) {
                        c.byType().put(ChannelType.valueOf(rs.getString("channel_type")), rs.getInt("n"));
                    }
                });
        return result;
    }

    record Counts(int processes, int touchpoints, int digital, Map<ChannelType, Integer> byType) {

        Channels channels() {
            return new Channels(touchpoints, digital, byType);
        }
    }

    /**
     * The registry's processes on the day (included by then, not excluded by then; of a group not retired, as
     * the rules panel counts them) and those with a row in the version in force.
     */
    Map<UUID, Coverage> coverage(Instant end, LocalDate day) {
        Map<UUID, Coverage> result = new HashMap<>();
        jdbc.sql("with v as (" + IN_FORCE + "), covered as (select distinct e.process_id from list_entry e join v on " + ALIVE + ")"
                        + " select p.agency_id, count(*) as processes, count(c.process_id) as covered"
                        + " from agency_process p join process_group g on g.id = p.group_id"
                        + " left join covered c on c.process_id = p.id"
                        + " where not g.retired and (p.included_on is null or p.included_on <= :day)"
                        + " and (not p.excluded or p.excluded_on > :day) group by p.agency_id")
                .param("end", java.sql.Timestamp.from(end)).param("day", java.sql.Date.valueOf(day))
                .query(rs -> {
                    result.put(rs.getObject("agency_id", UUID.class), new Coverage(rs.getInt("processes"), rs.getInt("covered")));
                });
        return result;
    }
}
