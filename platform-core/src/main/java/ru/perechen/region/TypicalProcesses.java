package ru.perechen.region;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;

/**
 * The processes several agencies of a region run — the same name once case, «ё», quotes, punctuation and
 * spacing are set aside — with each agency's touchpoints for them in its version in force, side by side: where
 * one agency offers a channel for a common process that another does not. One aggregate query in the region
 * scope reads the distinct (agency, process, touchpoint) of the rows alive; no row of a list reaches Java whole.
 */
@Service
public class TypicalProcesses {

    /** At least this many agencies run a process for it to be typical. */
    static final int MIN_AGENCIES = 2;
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}`´]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final AgencyDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    TypicalProcesses(AgencyDirectory directory, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A touchpoint as the agency's list in force prints it, with the type of its channel. */
    public record Touch(String name, ChannelType type, ChannelKind kind) {
    }

    /** One agency running a typical process: the name(s) it gives it and its touchpoints for it. */
    public record Runner(AgencySummary agency, List<String> processNames, List<Touch> touchpoints) {

        public Runner {
            processNames = List.copyOf(processNames);
            touchpoints = List.copyOf(touchpoints);
        }

        /** The touchpoints of one channel type. */
        public List<Touch> of(ChannelType type) {
            return touchpoints.stream().filter(t -> t.type() == type).toList();
        }
    }

    /** A process run by several agencies: the name most of them give it, and the agencies in the directory's order. */
    public record TypicalProcess(String name, List<Runner> agencies) {

        public TypicalProcess {
            agencies = List.copyOf(agencies);
        }

        /** The channel types any of the agencies uses for it, in the catalogue's order. */
        public List<ChannelType> types() {
            return agencies.stream().flatMap(a -> a.touchpoints().stream()).map(Touch::type).distinct().sorted().toList();
        }
    }

    /** The typical processes of the region's active agencies at the end of {@code asOf} (today when null), most agencies first. */
    public List<TypicalProcess> of(RegionId region, LocalDate asOf) {
        Access.REGION.require();
        LocalDate today = LocalDate.ofInstant(clock.instant(), RegionDashboardService.ZONE);
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw new InvalidSettingException("asOf", "region.error.as-of-future");
        }
        Instant end = day.plusDays(1).atStartOfDay(RegionDashboardService.ZONE).toInstant();
        return TenantContext.callInRegionScope(region, () -> {
            Map<UUID, AgencySummary> active = new LinkedHashMap<>();
            directory.agenciesOf(region).stream().filter(AgencySummary::active).forEach(a -> active.put(a.id().value(), a));
            return group(readOnly.execute(status -> touchpoints(end)), active);
        });
    }

    /** A row of the query: an agency runs a process (as named in its list) through a touchpoint. */
    record Pair(UUID agency, String process, String touchpoint, ChannelType type, ChannelKind kind) {
    }

    private List<Pair> touchpoints(Instant end) {
        return jdbc.sql("with v as (" + RegionListQueries.IN_FORCE + "), t as (select distinct e.agency_id, e.process_name,"
                        + " e.touchpoint_id, e.touchpoint_name, e.channel_kind from list_entry e join v on " + RegionListQueries.ALIVE + ")"
                        + " select t.agency_id, t.process_name, t.touchpoint_name, t.channel_kind, tp.channel_type"
                        + " from t join touchpoint tp on tp.id = t.touchpoint_id")
                .param("end", java.sql.Timestamp.from(end))
                .query((rs, n) -> new Pair(rs.getObject("agency_id", UUID.class), rs.getString("process_name"), rs.getString("touchpoint_name"),
                        ChannelType.valueOf(rs.getString("channel_type")), ChannelKind.valueOf(rs.getString("channel_kind"))))
                .list();
    }

    static List<TypicalProcess> group(List<Pair> pairs, Map<UUID, AgencySummary> agencies) {
        Map<String, Map<UUID, List<Pair>>> byName = new HashMap<>();
        for (Pair p : pairs) {
            if (agencies.containsKey(p.agency())) {
                byName.computeIfAbsent(normalise(p.process()), k -> new HashMap<>()).computeIfAbsent(p.agency(), k -> new ArrayList<>()).add(p);
            }
        }
        Collator collator = Collator.getInstance(RUSSIAN);
        Comparator<Touch> touchOrder = Comparator.comparing(Touch::type).thenComparing(Touch::name, collator);
        List<TypicalProcess> result = new ArrayList<>();
        for (Map<UUID, List<Pair>> runners : byName.values()) {
            if (runners.size() < MIN_AGENCIES) {
                continue;
            }
            List<Runner> list = new ArrayList<>();
            Map<String, Integer> names = new TreeMap<>(collator);
            for (AgencySummary agency : agencies.values()) {
                List<Pair> own = runners.get(agency.id().value());
                if (own == null) {
                    continue;
                }
                Set<String> processNames = new java.util.TreeSet<>(collator);
                Set<Touch> touches = new LinkedHashSet<>();
                own.forEach(p -> {
                    processNames.add(p.process());
                    touches.add(new Touch(p.touchpoint(), p.type(), p.kind()));
                });
                processNames.forEach(n -> names.merge(n, 1, Integer::sum));
                list.add(new Runner(agency, List.copyOf(processNames), touches.stream().sorted(touchOrder).toList()));
            }
            // the name most agencies give it; of equals, the one with the least to set aside, then the first
            String name = names.entrySet().stream().min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                    .thenComparing(e -> e.getKey().length() - normalise(e.getKey()).length())).orElseThrow().getKey();
            result.add(new TypicalProcess(name, list));
        }
        result.sort(Comparator.comparing((TypicalProcess p) -> -p.agencies().size()).thenComparing(TypicalProcess::name, collator));
        return result;
    }

    /**
     * A process name as it is matched across agencies: lower case, «ё» as «е», punctuation and quotes (of any
     * script) as spaces, runs of spaces as one, none at the ends.
     */
    static String normalise(String name) {
        String lower = name.toLowerCase(RUSSIAN).replace('ё', 'е');
        return SPACES.matcher(PUNCTUATION.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
    }
}
