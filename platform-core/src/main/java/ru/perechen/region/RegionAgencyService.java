package ru.perechen.region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.region.RegionAgencyRecords.Card;
import ru.perechen.region.RegionAgencyRecords.Row;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;

/**
 * One agency of a region as its coordinator drills into it: its indicators, versions with their
 * publication, the review tasks open on the day and the rows of its list in force — read-only, through the
 * region scope (an agency of another region is not found there; a coordinator of another region is refused).
 */
@Service
public class RegionAgencyService {

    private final RegionDashboardService dashboards;
    private final RegionAgencyQueries queries;
    private final TransactionTemplate readOnly;

    RegionAgencyService(RegionDashboardService dashboards, RegionAgencyQueries queries, PlatformTransactionManager transactions) {
        this.dashboards = dashboards;
        this.queries = queries;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public Card card(RegionId region, String slug, LocalDate day) {
        RegionDashboard dashboard = dashboards.dashboard(region, day);
        AgencyIndicators indicators = dashboard.agencies().stream().filter(a -> a.agency().slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AccessDeniedToTenantException("no agency " + slug + " in region " + region));
        Instant end = dashboard.asOf().plusDays(1).atStartOfDay(RegionDashboardService.ZONE).toInstant();
        java.util.UUID id = indicators.agency().id().value();
        return TenantContext.callInRegionScope(region, () -> readOnly.execute(status -> {
            List<Row> rows = indicators.list() == null ? List.of() : queries.rows(id, indicators.list().number());
            return new Card(dashboard.asOf(), indicators, queries.versions(id, end), queries.tasks(id, end), rows,
                    indicators.list() == null ? 0 : indicators.list().rows());
        }));
    }
}
