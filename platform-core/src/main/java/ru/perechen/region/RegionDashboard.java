package ru.perechen.region;

import java.time.LocalDate;
import java.util.List;
import ru.perechen.tenancy.RegionSummary;

/** A region's agencies compared as of a day; the feedback figures are of the quarter before that day's. */
public record RegionDashboard(RegionSummary region, LocalDate asOf, String feedbackQuarter, List<AgencyIndicators> agencies) {

    public RegionDashboard {
        agencies = List.copyOf(agencies);
    }
}
