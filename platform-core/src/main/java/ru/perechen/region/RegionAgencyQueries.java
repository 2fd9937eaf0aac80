package ru.perechen.region;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.perechen.region.RegionAgencyRecords.Row;
import ru.perechen.region.RegionAgencyRecords.Task;
import ru.perechen.region.RegionAgencyRecords.Version;

/** One agency's versions, open tasks and rows in force, read in the caller's region-scope read-only transaction. */
@Component
class RegionAgencyQueries {

    /** The most rows a card shows; the whole list is the agency's own page or its download. */
    static final int MAX_ROWS = 2000;
    private final JdbcClient jdbc;

    RegionAgencyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Version> versions(UUID agency, Instant end) {
        return jdbc.sql("""
                select v.number, v.act_number, v.act_date, v.enacted_at, v.row_count, v.request_number,
                       p.due_on, case when p.recorded_at is null or p.recorded_at < :end then p.published_on end as published_on,
                       case when p.recorded_at is null or p.recorded_at < :end then p.published_url end as published_url
                from list_version v left join publication p on p.agency_id = v.agency_id and p.version_number = v.number
                where v.agency_id = :agency and v.enacted_at < :end order by v.number desc""")
                .param("agency", agency).param("end", java.sql.Timestamp.from(end))
                .query((rs, n) -> new Version(rs.getInt("number"), rs.getString("act_number"), date(rs.getDate("act_date")),
                        rs.getTimestamp("enacted_at").toInstant(), rs.getInt("row_count"), (Integer) rs.getObject("request_number"),
                        date(rs.getDate("due_on")), date(rs.getDate("published_on")), rs.getString("published_url")))
                .list();
    }

    List<Task> tasks(UUID agency, Instant end) {
        return jdbc.sql("""
                select reason, subject, created_at from review_task
                where agency_id = :agency and created_at < :end and (closed_at is null or closed_at >= :end)
                order by created_at""")
                .param("agency", agency).param("end", java.sql.Timestamp.from(end))
                .query((rs, n) -> new Task(rs.getString("reason"), rs.getString("subject"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    List<Row> rows(UUID agency, int version) {
        return jdbc.sql("""
                select group_number, group_title, process_name, unit_name, touchpoint_name, channel_kind,
                       (select string_agg(n ->> 'name', '; ') from jsonb_array_elements(needs) n) as needs
                from list_entry
                where agency_id = :agency and valid_from <= :v and (valid_to is null or valid_to > :v)
                order by group_number nulls last, group_title, process_name, unit_name nulls first, touchpoint_name
                limit :max""")
                .param("agency", agency).param("v", version).param("max", MAX_ROWS)
                .query((rs, n) -> new Row((Integer) rs.getObject("group_number"), rs.getString("group_title"), rs.getString("process_name"),
                        rs.getString("unit_name"), rs.getString("touchpoint_name"), rs.getString("channel_kind"), rs.getString("needs")))
                .list();
    }

    private static java.time.LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
