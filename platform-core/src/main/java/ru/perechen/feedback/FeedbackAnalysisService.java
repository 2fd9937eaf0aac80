package ru.perechen.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.feedback.FeedbackAnalysis.Difficulty;
import ru.perechen.feedback.FeedbackAnalysis.Period;
import ru.perechen.feedback.FeedbackAnalysis.Slice;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/**
 * Computes {@link FeedbackAnalysis} with aggregate queries: one pass over the quarter's responses with
 * grouping sets for the whole and every dimension, one for the history, one for the difficulties.
 * Row-level security keeps it to the agency; it is for the responsible unit only.
 */
@Service
public class FeedbackAnalysisService {

    static final int LOWEST = 5;
    static final int DIFFICULTIES = 100;
    private static final String[] SCORE_COLUMNS = {"information", "documents", "politeness", "location", "interface", "status", "timeliness"};
    private static final Parameter[] SCORE_PARAMETERS = {Parameter.INFORMATION, Parameter.DOCUMENTS, Parameter.POLITENESS,
        Parameter.LOCATION, Parameter.INTERFACE, Parameter.STATUS, Parameter.TIMELINESS};

    private final JdbcClient jdbc;
    private final FeedbackSetup setup;
    private final TouchpointService touchpoints;
    private final OrgUnitService units;
    private final ProcessGroupService groups;

    FeedbackAnalysisService(JdbcClient jdbc, FeedbackSetup setup, TouchpointService touchpoints, OrgUnitService units,
                            ProcessGroupService groups) {
        this.jdbc = jdbc;
        this.setup = setup;
        this.touchpoints = touchpoints;
        this.units = units;
        this.groups = groups;
    }

    @Transactional(readOnly = true)
    public FeedbackAnalysis analysis(Quarter quarter) {
        Access.OVERSIGHT.require();
        TenantContext.requireAgency();
        Map<UUID, String> touchpointNames = new HashMap<>();
        touchpoints.list().forEach(t -> touchpointNames.put(t.id(), t.name()));
        Map<UUID, String> unitNames = new HashMap<>();
        units.list().forEach(u -> unitNames.put(u.id(), u.name()));
        Map<UUID, String> groupNames = new HashMap<>();
        groups.list().forEach(g -> groupNames.put(g.id(), g.name()));

        Map<String, List<Slice>> slices = new HashMap<>();
        long[] total = {0};
        Map<Parameter, Figure> overall = new EnumMap<>(Parameter.class);
        jdbc.sql("select grouping(unit_id) as g_unit, grouping(touchpoint_id) as g_touchpoint, grouping(way) as g_way,"
                        + " grouping(group_id) as g_group, unit_id, touchpoint_id, way, group_id, " + FIGURES
                        + " from feedback_response where answered_at >= :from and answered_at < :to"
                        + " group by grouping sets ((), (unit_id), (touchpoint_id), (way), (group_id))")
                .param("from", java.sql.Timestamp.from(quarter.start())).param("to", java.sql.Timestamp.from(quarter.end()))
                .query(rs -> {
                    Map<Parameter, Figure> figures = figures(rs);
                    long n = rs.getLong("n");
                    if (rs.getInt("g_unit") == 0) {
                        UUID id = rs.getObject("unit_id", UUID.class);
                        add(slices, "unit", new Slice(id, id == null ? null : unitNames.get(id), n, figures));
                    } else if (rs.getInt("g_touchpoint") == 0) {
                        UUID id = rs.getObject("touchpoint_id", UUID.class);
                        add(slices, "touchpoint", new Slice(id, id == null ? null : touchpointNames.get(id), n, figures));
                    } else if (rs.getInt("g_way") == 0) {
                        add(slices, "way", new Slice(null, rs.getString("way"), n, figures));
                    } else if (rs.getInt("g_group") == 0) {
                        UUID id = rs.getObject("group_id", UUID.class);
                        add(slices, "group", new Slice(id, id == null ? null : groupNames.get(id), n, figures));
                    } else {
                        total[0] = n;
                        overall.putAll(figures);
                    }
                });
        if (overall.isEmpty()) {
            overall.putAll(empty());
        }
        int threshold = setup.settings().thresholdPercent();
        List<Slice> byTouchpoint = sorted(slices.get("touchpoint"));
        List<Slice> rated = byTouchpoint.stream().filter(s -> s.id() != null && s.satisfaction() != null)
                .sorted(Comparator.comparing(Slice::satisfaction)).toList();
        return new FeedbackAnalysis(quarter, total[0], overall, sorted(slices.get("unit")), sorted(slices.get("group")), byTouchpoint,
                sorted(slices.get("way")), history(quarter), rated.stream().limit(LOWEST).toList(), threshold,
                rated.stream().filter(s -> s.satisfaction() < threshold).toList(), difficulties(quarter, touchpointNames));
    }

    /** The figures of every parameter, as SQL: n, then a_/p_/m_ per parameter. */
    static final String FIGURES = figuresSql();

    private static String figuresSql() {
        StringBuilder sql = new StringBuilder("count(*) as n, count(satisfied) as a_overall, count(*) filter (where satisfied) as p_overall");
        for (String column : SCORE_COLUMNS) {
            sql.append(", count(score_").append(column).append(") as a_").append(column)
                    .append(", count(*) filter (where score_").append(column).append(" >= 4) as p_").append(column)
                    .append(", avg(score_").append(column).append(")::float8 as m_").append(column);
        }
        // q.10 is asked only after a refusal; the database keeps it so, and the count says so again
        sql.append(", count(informed_after_refusal) filter (where provided = false) as a_refusal")
                .append(", count(*) filter (where provided = false and informed_after_refusal) as p_refusal");
        return sql.toString();
    }

    static Map<Parameter, Figure> figures(ResultSet rs) throws SQLException {
        Map<Parameter, Figure> figures = new EnumMap<>(Parameter.class);
        figures.put(Parameter.OVERALL, new Figure(rs.getLong("a_overall"), rs.getLong("p_overall"), null));
        for (int i = 0; i < SCORE_COLUMNS.length; i++) {
            double value = rs.getDouble("m_" + SCORE_COLUMNS[i]);
            Double mean = rs.wasNull() ? null : Math.round(value * 100) / 100.0;
            figures.put(SCORE_PARAMETERS[i], new Figure(rs.getLong("a_" + SCORE_COLUMNS[i]), rs.getLong("p_" + SCORE_COLUMNS[i]), mean));
        }
        figures.put(Parameter.AFTER_REFUSAL, new Figure(rs.getLong("a_refusal"), rs.getLong("p_refusal"), null));
        return figures;
    }

    private List<Period> history(Quarter quarter) {
        Quarter first = quarter;
        for (int i = 0; i < 4; i++) {
            first = first.previous();
        }
        Map<Quarter, Period> found = new HashMap<>();
        jdbc.sql("select extract(year from answered_at at time zone 'Europe/Moscow')::int as y,"
                        + " extract(quarter from answered_at at time zone 'Europe/Moscow')::int as q, " + FIGURES
                        + " from feedback_response where answered_at >= :from and answered_at < :to group by 1, 2")
                .param("from", java.sql.Timestamp.from(first.start())).param("to", java.sql.Timestamp.from(quarter.end()))
                .query(rs -> {
                    Quarter q = new Quarter(rs.getInt("y"), rs.getInt("q"));
                    found.put(q, new Period(q, rs.getLong("n"), figures(rs)));
                });
        List<Period> history = new ArrayList<>();
        for (Quarter q = first; q.compareTo(quarter) <= 0; q = next(q)) {
            history.add(found.getOrDefault(q, new Period(q, 0, empty())));
        }
        return history;
    }

    private List<Difficulty> difficulties(Quarter quarter, Map<UUID, String> touchpointNames) {
        return jdbc.sql("select r.answered_at, r.touchpoint_id, d.key, d.value, r.score_information, r.score_documents, r.score_politeness,"
                        + " r.score_location, r.score_interface, r.score_status, r.score_timeliness"
                        + " from feedback_response r cross join lateral jsonb_each_text(r.difficulties) d"
                        + " where r.answered_at >= :from and r.answered_at < :to order by r.answered_at desc limit " + DIFFICULTIES)
                .param("from", java.sql.Timestamp.from(quarter.start())).param("to", java.sql.Timestamp.from(quarter.end()))
                .query((rs, n) -> {
                    Field field = Field.valueOf(rs.getString("key").toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                    Parameter parameter = java.util.Arrays.stream(Parameter.values()).filter(p -> p.field() == field).findFirst().orElseThrow();
                    int value = rs.getInt("score_" + field.name().toLowerCase(java.util.Locale.ROOT));
                    Integer score = rs.wasNull() ? null : value;
                    UUID touchpoint = rs.getObject("touchpoint_id", UUID.class);
                    return new Difficulty(rs.getTimestamp("answered_at").toInstant(), touchpoint == null ? null : touchpointNames.get(touchpoint),
                            parameter, score, rs.getString("value"));
                }).list();
    }

    private static Quarter next(Quarter q) {
        return q.number() == 4 ? new Quarter(q.year() + 1, 1) : new Quarter(q.year(), q.number() + 1);
    }

    private static Map<Parameter, Figure> empty() {
        Map<Parameter, Figure> figures = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            figures.put(p, new Figure(0, 0, null));
        }
        return figures;
    }

    private static void add(Map<String, List<Slice>> slices, String dimension, Slice slice) {
        slices.computeIfAbsent(dimension, d -> new ArrayList<>()).add(slice);
    }

    private static List<Slice> sorted(List<Slice> slices) {
        return slices == null ? List.of() : slices.stream()
                .sorted(Comparator.comparing((Slice s) -> s.name() == null).thenComparing(s -> Objects.requireNonNullElse(s.name(), "")))
                .toList();
    }
}
