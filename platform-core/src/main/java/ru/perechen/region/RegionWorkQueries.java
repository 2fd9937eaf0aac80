package ru.perechen.region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.perechen.region.AgencyIndicators.Tasks;

/**
 * The agencies' work on a day, for every agency of the region at once: the publication of the version in
 * force, review tasks, change requests, and the feedback of a quarter. Aggregate queries grouped by agency
 * (the requests enacted in a year come one line a request, for the working days between), run inside the
 * caller's region-scope read-only transaction.
 */
@Component
class RegionWorkQueries {

    /** Review tasks opened because a deadline passed. */
    private static final String OVERDUE_REASONS = "('STEP_OVERDUE', 'PUBLICATION_OVERDUE', 'REPORT_OVERDUE')";

    private final JdbcClient jdbc;

    RegionWorkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The publication record of the version in force; published only if it was recorded by the day's end. */
    record PublicationRow(LocalDate dueOn, LocalDate publishedOn) {
    }

    Map<UUID, PublicationRow> publications(Instant end, LocalDate day) {
        Map<UUID, PublicationRow> result = new HashMap<>();
        jdbc.sql("with v as (" + RegionListQueries.IN_FORCE + ") select p.agency_id, p.due_on,"
                        + " case when p.published_on <= :day and (p.recorded_at is null or p.recorded_at < :end) then p.published_on end"
                        + " as published_on from publication p join v on v.agency_id = p.agency_id and p.version_number = v.number")
                .param("end", java.sql.Timestamp.from(end)).param("day", java.sql.Date.valueOf(day))
                .query(rs -> {
                    java.sql.Date due = rs.getDate("due_on");
                    java.sql.Date published = rs.getDate("published_on");
                    result.put(rs.getObject("agency_id", UUID.class), new PublicationRow(due == null ? null : due.toLocalDate(),
                            published == null ? null : published.toLocalDate()));
                });
        return result;
    }

    /** Tasks opened before the day's end and not closed (or dismissed) by then. */
    Map<UUID, Tasks> tasks(Instant end) {
        Map<UUID, Tasks> result = new HashMap<>();
        jdbc.sql("select agency_id, count(*) as open, count(*) filter (where reason in " + OVERDUE_REASONS + ") as overdue"
                        + " from review_task where created_at < :end and (closed_at is null or closed_at >= :end) group by agency_id")
                .param("end", java.sql.Timestamp.from(end))
                .query(rs -> {
                    result.put(rs.getObject("agency_id", UUID.class), new Tasks(rs.getInt("open"), rs.getInt("overdue")));
                });
        return result;
    }

    /** Requests first sent before the day's end and not enacted, rejected or withdrawn by then. */
    Map<UUID, Integer> inApproval(Instant end) {
        Map<UUID, Integer> result = new HashMap<>();
        jdbc.sql("""
                select agency_id, count(*) as n from change_request
                where first_submitted_at < :end and (closed_at is null or closed_at >= :end)
                  and (status <> 'DRAFT' or closed_at is not null)
                group by agency_id""")
                .param("end", java.sql.Timestamp.from(end))
                .query(rs -> {
                    result.put(rs.getObject("agency_id", UUID.class), rs.getInt("n"));
                });
        return result;
    }

    /** A request enacted in the period: the days of its first submission and of its enactment (Moscow time). */
    record Enacted(LocalDate submitted, LocalDate enacted) {
    }

    Map<UUID, List<Enacted>> enacted(Instant from, Instant end) {
        Map<UUID, List<Enacted>> result = new HashMap<>();
        jdbc.sql("""
                select c.agency_id, (c.first_submitted_at at time zone 'Europe/Moscow')::date as submitted,
                       (v.enacted_at at time zone 'Europe/Moscow')::date as enacted
                from change_request c join list_version v on v.change_request_id = c.id and v.agency_id = c.agency_id
                where v.enacted_at >= :from and v.enacted_at < :end and c.first_submitted_at is not null""")
                .param("from", java.sql.Timestamp.from(from)).param("end", java.sql.Timestamp.from(end))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("agency_id", UUID.class), k -> new ArrayList<>())
                            .add(new Enacted(rs.getDate("submitted").toLocalDate(), rs.getDate("enacted").toLocalDate()));
                });
        return result;
    }

    /** Counts of a quarter's responses of the agencies with feedback on. */
    record FeedbackRow(long responses, long answered, long satisfied, int threshold) {
    }

    Map<UUID, FeedbackRow> feedback(Instant from, Instant to) {
        Map<UUID, FeedbackRow> result = new HashMap<>();
        jdbc.sql("""
                select s.agency_id, s.threshold_percent, count(r.id) as responses, count(r.satisfied) as answered,
                       count(r.id) filter (where r.satisfied) as satisfied
                from feedback_settings s
                left join feedback_response r on r.agency_id = s.agency_id and r.answered_at >= :from and r.answered_at < :to
                where s.enabled group by s.agency_id, s.threshold_percent""")
                .param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query(rs -> {
                    result.put(rs.getObject("agency_id", UUID.class), new FeedbackRow(rs.getLong("responses"), rs.getLong("answered"),
                            rs.getLong("satisfied"), rs.getInt("threshold_percent")));
                });
        return result;
    }
}
