package ru.perechen.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import ru.perechen.publication.PublicationState;
import ru.perechen.tenancy.RegionSummary;

/**
 * One region as the platform admin compares the regions: its dashboard's agencies summed up, as of a day.
 * A mean is of the agencies that have the figure — with a list for compliance, with feedback on and an
 * answered question 9(21) for satisfaction — one decimal, and null when none has it.
 *
 * @param agencies            the active agencies, as the dashboard counts them
 * @param withoutList         those without a list in force
 * @param meanCompliance      the mean of the compliance scores
 * @param publicationsOverdue versions in force not published after their due day
 * @param publicationsLate    versions in force published after their due day
 * @param feedbackOn          agencies whose feedback is on
 * @param meanSatisfaction    the mean of the last finished quarter's satisfaction, %
 */
public record RegionRollup(RegionSummary region, LocalDate asOf, int agencies, int withoutList, Double meanCompliance,
                           int publicationsOverdue, int publicationsLate, int tasksOpen, int tasksOverdue, int requestsInApproval,
                           int feedbackOn, Double meanSatisfaction) {

    /** The region's dashboard summed up. */
    public static RegionRollup of(RegionDashboard dashboard) {
        List<AgencyIndicators> all = dashboard.agencies();
        int withoutList = (int) all.stream().filter(a -> a.list() == null).count();
        int overdue = count(all, PublicationState.OVERDUE);
        int late = count(all, PublicationState.PUBLISHED_LATE);
        int open = all.stream().mapToInt(a -> a.tasks().open()).sum();
        int overdueTasks = all.stream().mapToInt(a -> a.tasks().overdue()).sum();
        int inApproval = all.stream().mapToInt(a -> a.requests().inApproval()).sum();
        int feedbackOn = (int) all.stream().filter(a -> a.feedback() != null).count();
        return new RegionRollup(dashboard.region(), dashboard.asOf(), all.size(), withoutList,
                mean(all, a -> a.compliance() == null ? null : a.compliance().score()), overdue, late, open, overdueTasks, inApproval,
                feedbackOn, mean(all, a -> a.feedback() == null ? null : a.feedback().satisfaction()));
    }

    private static int count(List<AgencyIndicators> agencies, PublicationState state) {
        return (int) agencies.stream().filter(a -> a.publication() != null && a.publication().state() == state).count();
    }

    private static Double mean(List<AgencyIndicators> agencies, Function<AgencyIndicators, Double> figure) {
        List<Double> figures = agencies.stream().map(figure).filter(Objects::nonNull).toList();
        if (figures.isEmpty()) {
            return null;
        }
        double mean = figures.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return Math.round(mean * 10) / 10.0;
    }
}
