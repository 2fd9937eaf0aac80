package ru.perechen.region;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;

/**
 * Every region as one row for the platform admin: each region's dashboard, computed in that region's scope
 * (which the platform admin may enter, every one of them), summed up by {@link RegionRollup}.
 */
@Service
public class RegionRollupService {

    private final AgencyDirectory directory;
    private final RegionDashboardService dashboards;

    RegionRollupService(AgencyDirectory directory, RegionDashboardService dashboards) {
        this.directory = directory;
        this.dashboards = dashboards;
    }

    /** The regions by name, as they stood at the end of {@code day} (today when null). */
    public List<RegionRollup> rollups(LocalDate day) {
        Access.PLATFORM.require();
        LocalDate asOf = day == null ? dashboards.today() : day;
        return directory.regions().stream().map(region -> RegionRollup.of(dashboards.dashboard(region.id(), asOf))).toList();
    }
}
