package ru.perechen.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.perechen.publication.PublicationState;
import ru.perechen.tenancy.RegionSummary;

/**
 * What changed in a region over a week, as its coordinator's weekly letter tells it: the dashboard at the end
 * of {@code to} compared with the one at the end of the day before {@code from} (issue 14).
 *
 * @param versions           versions that came into force in the week, one per agency (the one in force at its end)
 * @param overdue            publications overdue at the end of the week, those that became so in it marked
 * @param overdueTasks       review tasks opened because a deadline passed, open at the end of the week, all agencies
 * @param overdueTasksBefore the same a week before
 * @param drops              the largest falls of an agency's compliance score, registry coverage or satisfaction,
 *                           at most {@value #TOP}, the largest first
 */
public record RegionDigest(RegionSummary region, LocalDate from, LocalDate to, List<NewVersion> versions,
                           List<OverduePublication> overdue, int overdueTasks, int overdueTasksBefore, List<Drop> drops) {

    /** How many drops the letter names. */
    public static final int TOP = 3;

    public RegionDigest {
        versions = List.copyOf(versions);
        overdue = List.copyOf(overdue);
        drops = List.copyOf(drops);
    }

    /** A version of an agency's list that came into force in the week. */
    public record NewVersion(String agency, int number, String actNumber, LocalDate actDate, LocalDate enactedOn) {
    }

    /**
     * @param days          working days overdue at the end of the week; null when the calendar does not tell
     * @param becameOverdue false when it was overdue a week before already
     */
    public record OverduePublication(String agency, int version, LocalDate dueOn, Integer days, boolean becameOverdue) {
    }

    /** The indicators whose fall the letter reports, all on a 0–100 scale. */
    public enum Indicator {
        COMPLIANCE, COVERAGE, SATISFACTION;

        public String messageKey() {
            return "region.digest.indicator." + name();
        }
    }

    public record Drop(String agency, Indicator indicator, double before, double after) {

        public double size() {
            return before - after;
        }
    }

    /** Nothing to tell but what stood already: no new version, nothing newly overdue, no drop, the same overdue tasks. */
    public boolean changed() {
        return !versions.isEmpty() || overdue.stream().anyMatch(OverduePublication::becameOverdue) || overdueTasks != overdueTasksBefore
                || !drops.isEmpty();
    }

    /** The week from the day after {@code before}'s to {@code after}'s; agencies matched by id, one missing before counts as new. */
    public static RegionDigest of(RegionDashboard before, RegionDashboard after) {
        Map<UUID, AgencyIndicators> earlier = before.agencies().stream()
                .collect(Collectors.toMap(a -> a.agency().id().value(), Function.identity(), (a, b) -> a));
        List<NewVersion> versions = new ArrayList<>();
        List<OverduePublication> overdue = new ArrayList<>();
        List<Drop> drops = new ArrayList<>();
        int tasks = 0;
        int tasksBefore = before.agencies().stream().mapToInt(a -> a.tasks().overdue()).sum();
        for (AgencyIndicators now : after.agencies()) {
            AgencyIndicators then = earlier.get(now.agency().id().value());
            String name = now.agency().shortName() == null ? now.agency().fullName() : now.agency().shortName();
            tasks += now.tasks().overdue();
            AgencyIndicators.ListInForce list = now.list();
            AgencyIndicators.ListInForce previous = then == null ? null : then.list();
            if (list != null && (previous == null || list.number() > previous.number())) {
                versions.add(new NewVersion(name, list.number(), list.actNumber(), list.actDate(), list.enactedOn()));
            }
            if (list != null && now.publication() != null && now.publication().state() == PublicationState.OVERDUE) {
                boolean already = previous != null && previous.number() == list.number() && then.publication() != null
                        && then.publication().state() == PublicationState.OVERDUE;
                overdue.add(new OverduePublication(name, list.number(), now.publication().dueOn(), now.publication().days(), !already));
            }
            if (then != null) {
                drop(drops, name, Indicator.COMPLIANCE, then.compliance() == null ? null : then.compliance().score(),
                        now.compliance() == null ? null : now.compliance().score());
                drop(drops, name, Indicator.COVERAGE, then.coverage().percent(), now.coverage().percent());
                drop(drops, name, Indicator.SATISFACTION, then.feedback() == null ? null : then.feedback().satisfaction(),
                        now.feedback() == null ? null : now.feedback().satisfaction());
            }
        }
        List<Drop> top = drops.stream().sorted(Comparator.comparingDouble(Drop::size).reversed()
                .thenComparing(Drop::agency).thenComparing(Drop::indicator)).limit(TOP).toList();
        return new RegionDigest(after.region(), before.asOf().plusDays(1), after.asOf(), versions, overdue, tasks, tasksBefore, top);
    }

    /** A fall only between two figures: an indicator that appears or disappears is no drop. */
    private static void drop(List<Drop> drops, String agency, Indicator indicator, Double before, Double after) {
        if (before != null && after != null && after < before) {
            drops.add(new Drop(agency, indicator, before, after));
        }
    }
}
