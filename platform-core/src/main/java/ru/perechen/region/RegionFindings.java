package ru.perechen.region;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.perechen.register.ListRule;

/**
 * The findings of the methodology's rules over each agency's list in force, for every agency of the region
 * at once, counted by one aggregate statement grouped by agency: no row of a list reaches Java.
 *
 * <p>The counts are those of the rules panel ({@code ListService.findings} over the version's rows): a
 * finding per row for {@link ListRule#ROW_WITHOUT_NEEDS} and {@link ListRule#ROW_WITHOUT_BASIS}; per group of
 * rows sharing process, unit and touchpoint for {@link ListRule#DUPLICATE_TOUCHPOINT}; per process, per
 * owner unit and per group for the registry's gaps; per distinct name as the rows keep it (process,
 * touchpoint, need) for the актуализация rules. Like the panel, the rows of the version in force on that
 * day are judged against the catalogues <em>as they are now</em>: a process excluded, a touchpoint or need
 * retired, a kind changed or a unit closed today counts against an older version too; the catalogues keep
 * no history to judge by.
 *
 * <p>Runs inside the caller's region-scope read-only transaction: row-level security bounds every table
 * read here to the region's agencies.
 */
@Component
class RegionFindings {

    /**
     * Each agency's version in force before {@code :end}, the rows alive in it, and the processes of its registry
     * (not excluded) with whether their group is retired; the rows are then folded once into what the rules ask
     * of them — by needs, by touchpoint, by process (and unit), by group, the rows without a basis of their own —
     * so that the catalogues are probed a few thousand times, not once a row. Then one line per agency, so that
     * an agency with a version but no finding is there too.
     */
    private static final String SCOPE = """
            with in_force as (
                select agency_id, max(number) as number from list_version where enacted_at < :end group by agency_id
            ), alive as (
                select e.agency_id, e.group_id, e.process_id, e.process_name, e.unit_id, e.touchpoint_id, e.touchpoint_name,
                       e.channel_kind, e.needs, coalesce(e.basis ~ '[^[:space:]]', false) as has_basis
                from list_entry e join in_force v on v.agency_id = e.agency_id
                where e.valid_from <= v.number and (e.valid_to is null or e.valid_to > v.number)
            ), by_needs as (
                select agency_id, needs, count(*) as n from alive group by agency_id, needs
            ), by_touchpoint as (
                select agency_id, touchpoint_id, touchpoint_name, channel_kind from alive
                group by agency_id, touchpoint_id, touchpoint_name, channel_kind
            ), by_process as (
                select agency_id, process_id, process_name, unit_id from alive group by agency_id, process_id, process_name, unit_id
            ), by_group as (
                select distinct agency_id, group_id from alive
            ), without_basis as (
                select agency_id, process_id, touchpoint_id, count(*) as n from alive where not has_basis
                group by agency_id, process_id, touchpoint_id
            ), registry as (
                select p.*, coalesce(g.retired, false) as group_retired from agency_process p
                join in_force v on v.agency_id = p.agency_id
                left join process_group g on g.id = p.group_id and g.agency_id = p.agency_id
                where not p.excluded
            )
            select agency_id, null as rule, 0 as n from in_force
            """;

    /** Each rule's statement: {@code agency_id, n}. */
    private static final Map<ListRule, String> RULES = new EnumMap<>(Map.of(
            ListRule.DUPLICATE_TOUCHPOINT, """
                    select agency_id, count(*) as n from (
                        select agency_id from alive group by agency_id, process_id, unit_id, touchpoint_id having count(*) > 1
                    ) d group by agency_id""",
            ListRule.ROW_WITHOUT_NEEDS, """
                    select b.agency_id, sum(b.n) as n from by_needs b
                    where not exists (select 1 from jsonb_array_elements(b.needs) need
                                      join client_need c on c.id = (need ->> 'needId')::uuid and c.agency_id = b.agency_id
                                      where not c.retired)
                    group by b.agency_id""",
            ListRule.PROCESS_WITHOUT_TOUCHPOINTS, """
                    select p.agency_id, count(*) as n from registry p
                    where not p.group_retired
                      and not exists (select 1 from by_process e where e.agency_id = p.agency_id and e.process_id = p.id)
                    group by p.agency_id""",
            ListRule.UNIT_WITHOUT_TOUCHPOINTS, """
                    with owner as (
                        select o.process_id, o.unit_id from agency_process_unit o
                        join org_unit u on u.id = o.unit_id and u.agency_id = o.agency_id and not u.closed
                    )
                    select p.agency_id, count(*) as n from registry p join owner o on o.process_id = p.id
                    where not p.group_retired and not p.uniform_for_all_units
                      and (select count(*) from owner x where x.process_id = p.id) > 1
                      and exists (select 1 from by_process e where e.agency_id = p.agency_id and e.process_id = p.id)
                      and not exists (select 1 from by_process e
                                      where e.agency_id = p.agency_id and e.process_id = p.id and e.unit_id = o.unit_id)
                    group by p.agency_id""",
            ListRule.GROUP_WITHOUT_PROCESSES, """
                    select g.agency_id, count(*) as n from process_group g
                    where g.agency_id in (select agency_id from in_force) and not g.retired
                      and not exists (select 1 from by_group e where e.agency_id = g.agency_id and e.group_id = g.id)
                      and not exists (select 1 from registry p where p.agency_id = g.agency_id and p.group_id = g.id)
                    group by g.agency_id""",
            ListRule.ROW_WITHOUT_BASIS, """
                    select b.agency_id, sum(b.n) as n from without_basis b
                    left join touchpoint t on t.id = b.touchpoint_id and t.agency_id = b.agency_id
                    where coalesce(t.basis ~ '[^[:space:]]', false) is false
                      and not exists (select 1 from process_basis pb where pb.process_id = b.process_id and pb.agency_id = b.agency_id)
                    group by b.agency_id""",
            ListRule.EXCLUDED_PROCESS, """
                    select e.agency_id, count(distinct e.process_name) as n from by_process e
                    left join agency_process p on p.id = e.process_id and p.agency_id = e.agency_id
                    where p.id is null or p.excluded
                    group by e.agency_id""",
            ListRule.RETIRED_TOUCHPOINT, """
                    select e.agency_id, count(distinct e.touchpoint_name) as n from by_touchpoint e
                    left join touchpoint t on t.id = e.touchpoint_id and t.agency_id = e.agency_id
                    where t.id is null or t.retired
                    group by e.agency_id""",
            ListRule.RETIRED_NEED, """
                    select b.agency_id, count(distinct need -> 'name') as n
                    from by_needs b cross join lateral jsonb_array_elements(b.needs) need
                    left join client_need c on c.id = (need ->> 'needId')::uuid and c.agency_id = b.agency_id
                    where c.id is null or c.retired
                    group by b.agency_id""",
            ListRule.CHANGED_KIND, """
                    select e.agency_id, count(distinct e.touchpoint_name) as n from by_touchpoint e
                    join touchpoint t on t.id = e.touchpoint_id and t.agency_id = e.agency_id
                    where t.channel_kind <> e.channel_kind
                    group by e.agency_id"""));

    /** One statement, so that every rule reads the same snapshot. */
    static final String QUERY = SCOPE + RULES.entrySet().stream()
            .map(rule -> "union all\nselect agency_id, '" + rule.getKey().name() + "', n from (\n" + rule.getValue() + "\n) r")
            .collect(Collectors.joining("\n"));

    private final JdbcClient jdbc;

    RegionFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The findings per rule of each agency's version in force just before {@code end} (its highest number
     * enacted before it), every rule present (0 when none). An agency without a version in force is absent.
     */
    Map<UUID, Map<ListRule, Integer>> count(Instant end) {
        Map<UUID, Map<ListRule, Integer>> result = new HashMap<>();
        jdbc.sql(QUERY).param("end", OffsetDateTime.ofInstant(end, ZoneOffset.UTC)).query(rs -> {
            Map<ListRule, Integer> counts = result.computeIfAbsent(rs.getObject("agency_id", UUID.class), id -> zeros());
            String rule = rs.getString("rule");
            if (rule != null) {
                counts.put(ListRule.valueOf(rule), rs.getInt("n"));
            }
        });
        result.replaceAll((id, counts) -> Collections.unmodifiableMap(counts));
        return Collections.unmodifiableMap(result);
    }

    private static Map<ListRule, Integer> zeros() {
        Map<ListRule, Integer> zeros = new EnumMap<>(ListRule.class);
        for (ListRule rule : ListRule.values()) {
            zeros.put(rule, 0);
        }
        return zeros;
    }
}
