package ru.perechen.region;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
     * of them — by needs, by touchpoint, by process (and unit), by group —
     * so that the catalogues are probed a few thousand times, not once a row. Then one line per agency, so that
     * an agency with a version but no finding is there too.
     */
    private static final String SCOPE = """
            with in_force as (
                select agency_id, max(number) as number from list_version
                where enacted_at < :end and agency_id = any(:agencies) group by agency_id
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
            ), registry as (
                select p.*, coalesce(g.retired, false) as group_retired from agency_process p
                join in_force v on v.agency_id = p.agency_id
                left join process_group g on g.id = p.group_id and g.agency_id = p.agency_id
                where not p.excluded
            )
            select agency_id, null as rule, null as key, 0 as n, null::date as included_on, null::boolean as excluded,
                   null::date as excluded_on from in_force
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
                    select e.agency_id, count(*) as n from alive e
                    left join (select t.id from touchpoint t where t.agency_id = any(:agencies) and t.basis ~ '[^[:space:]]') t
                           on t.id = e.touchpoint_id
                    left join (select distinct pb.process_id from process_basis pb where pb.agency_id = any(:agencies)) pb
                           on pb.process_id = e.process_id
                    where not e.has_basis and t.id is null and pb.process_id is null
                    group by e.agency_id""",
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

    /**
     * What the dashboard counts of the same rows besides the rules: processes, touchpoints (digital ones, and by
     * channel type: {@code key}), and the registry's processes that have a row, bucketed by the dates that decide
     * whether a process is in the registry on a day — so that the coverage of any day is summed from them.
     */
    private static final String FACTS = """
            union all
            select agency_id, 'PROCESSES', null, count(distinct process_id), null, null, null from by_process group by agency_id
            union all
            select agency_id, 'TOUCHPOINTS', null, count(distinct touchpoint_id), null, null, null from by_touchpoint group by agency_id
            union all
            select agency_id, 'DIGITAL', null, count(distinct touchpoint_id), null, null, null from by_touchpoint
            where channel_kind = 'DIGITAL' group by agency_id
            union all
            select t.agency_id, 'CHANNEL', tp.channel_type, count(*), null, null, null
            from (select distinct agency_id, touchpoint_id from by_touchpoint) t join touchpoint tp on tp.id = t.touchpoint_id
            group by t.agency_id, tp.channel_type
            union all
            select p.agency_id, 'COVERED', null, count(*), p.included_on, p.excluded, p.excluded_on
            from agency_process p join in_force v on v.agency_id = p.agency_id join process_group g on g.id = p.group_id
            where not g.retired and exists (select 1 from by_process e where e.agency_id = p.agency_id and e.process_id = p.id)
            group by p.agency_id, p.included_on, p.excluded, p.excluded_on
            """;

    /** One statement, so that every rule and count reads the same snapshot, and the rows in force are folded once. */
    static final String QUERY = SCOPE + RULES.entrySet().stream()
            .map(rule -> "union all\nselect agency_id, '" + rule.getKey().name() + "', null, n, null, null, null from (\n"
                    + rule.getValue() + "\n) r")
            .collect(Collectors.joining("\n")) + "\n" + FACTS;

    private final JdbcClient jdbc;

    RegionFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each agency's version in force before {@code :end} and a stamp of the catalogues the rules read (every row's
     * id and optimistic-lock version of its groups, needs, processes and their units and bases, touchpoints, units):
     * a version's rows never change, so its findings change only when the stamp does.
     */
    private static final String STAMPS = """
            with in_force as (
                select agency_id, max(number) as number from list_version where enacted_at < :end group by agency_id
            )
            select v.agency_id, v.number, md5(concat_ws('|',
                (select string_agg(x.id::text || ':' || x.version, ',' order by x.id) from process_group x where x.agency_id = v.agency_id),
                (select string_agg(x.id::text || ':' || x.version, ',' order by x.id) from client_need x where x.agency_id = v.agency_id),
                (select string_agg(x.id::text || ':' || x.version, ',' order by x.id) from agency_process x where x.agency_id = v.agency_id),
                (select string_agg(x.id::text || ':' || x.version, ',' order by x.id) from agency_process_unit x
                 where x.agency_id = v.agency_id),
                (select string_agg(x.id::text || ':' || x.version, ',' order by x.id) from process_basis x where x.agency_id = v.agency_id),
                (select string_agg(x.id::text || ':' || x.version, ',' order by x.id) from touchpoint x where x.agency_id = v.agency_id),
                (select string_agg(x.id::text || ':' || x.version, ',' order by x.id) from org_unit x where x.agency_id = v.agency_id)
            )) as stamp
            from in_force v""";
    /** How many (agency, version, stamp) findings are kept: a region of 60 agencies over a year's trend is some 300. */
    static final int CACHED = 4000;
    /** Memory for the statement's sorts and hashes: a region's rows in force, some 300,000, fit. */
    static final String WORK_MEM = "128MB";

    private record Key(UUID agency, int version, String stamp) {
    }

    private final Map<Key, VersionFacts> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, VersionFacts> eldest) {
            return size() > CACHED;
        }
    });

    /**
     * The findings per rule of each agency's version in force just before {@code end} (its highest number
     * enacted before it), every rule present (0 when none). An agency without a version in force is absent.
     */
    Map<UUID, Map<ListRule, Integer>> count(Instant end) {
        Map<UUID, Map<ListRule, Integer>> result = new HashMap<>();
        facts(end).forEach((agency, facts) -> result.put(agency, facts.findings()));
        return Collections.unmodifiableMap(result);
    }

    /**
     * The findings and counts of each agency's version in force just before {@code end}; an agency without a
     * version in force is absent. Counted by SQL for the versions whose catalogues' stamp has not been counted
     * before, taken from the cache for the others (the trend and the digest read the same versions many times).
     */
    Map<UUID, VersionFacts> facts(Instant end) {
        OffsetDateTime at = OffsetDateTime.ofInstant(end, ZoneOffset.UTC);
        Map<UUID, Key> keys = new HashMap<>();
        jdbc.sql(STAMPS).param("end", at).query(rs -> {
            UUID agency = rs.getObject("agency_id", UUID.class);
            keys.put(agency, new Key(agency, rs.getInt("number"), rs.getString("stamp")));
        });
        Map<UUID, VersionFacts> result = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        keys.forEach((agency, key) -> {
            VersionFacts known = cache.get(key);
            if (known == null) {
                missing.add(agency);
            } else {
                result.put(agency, known);
            }
        });
        if (!missing.isEmpty()) {
            // the rows in force are folded in memory, not spilled to disk (PostgreSQL's default is 4 MB; this transaction only)
            jdbc.sql("set local work_mem = '" + WORK_MEM + "'").update();
            Map<UUID, VersionFacts.Builder> counted = new HashMap<>();
            jdbc.sql(QUERY).param("end", at).param("agencies", missing.toArray(UUID[]::new)).query(rs -> {
                VersionFacts.Builder facts = counted.computeIfAbsent(rs.getObject("agency_id", UUID.class),
                        id -> new VersionFacts.Builder(zeros()));
                String rule = rs.getString("rule");
                if (rule != null) {
                    java.sql.Date included = rs.getDate("included_on");
                    java.sql.Date excluded = rs.getDate("excluded_on");
                    facts.add(rule, rs.getString("key"), rs.getInt("n"), included == null ? null : included.toLocalDate(),
                            rs.getBoolean("excluded"), excluded == null ? null : excluded.toLocalDate());
                }
            });
            counted.forEach((agency, facts) -> {
                VersionFacts fixed = facts.build();
                cache.put(keys.get(agency), fixed);
                result.put(agency, fixed);
            });
        }
        return Collections.unmodifiableMap(result);
    }

    /** Whether a version of the agency has its findings kept (for the warm-up's test). */
    boolean kept(UUID agency) {
        synchronized (cache) {
            return cache.keySet().stream().anyMatch(key -> key.agency().equals(agency));
        }
    }

    private static Map<ListRule, Integer> zeros() {
        Map<ListRule, Integer> zeros = new EnumMap<>(ListRule.class);
        for (ListRule rule : ListRule.values()) {
            zeros.put(rule, 0);
        }
        return zeros;
    }
}
