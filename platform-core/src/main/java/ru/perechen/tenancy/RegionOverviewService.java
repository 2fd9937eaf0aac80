package ru.perechen.tenancy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cross-agency reading for regional coordinators and platform admins: the only way to read the
 * tenant-owned rows of several agencies. Runs read-only in the region scope, which PostgreSQL's
 * row-level security checks; who may enter the scope is checked by {@link TenantContext}.
 */
@Service
public class RegionOverviewService {

    private final AgencyDirectory directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    RegionOverviewService(AgencyDirectory directory, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    public List<RegionAgencyOverview> overview(RegionId region) {
        return TenantContext.callInRegionScope(region, () -> readOnly.execute(status -> {
            Map<UUID, ProfileRow> profiles = jdbc.sql("""
                            select agency_id, cc_deputy_name, contact_email, publication_deadline_work_days
                            from agency_profile""")
                    .query((rs, n) -> new ProfileRow(rs.getObject("agency_id", UUID.class), rs.getString("cc_deputy_name"),
                            rs.getString("contact_email"), rs.getInt("publication_deadline_work_days")))
                    .list().stream().collect(Collectors.toMap(ProfileRow::agencyId, Function.identity()));
            return directory.agenciesOf(region).stream().map(agency -> {
                ProfileRow p = profiles.get(agency.id().value());
                return p == null
                        ? new RegionAgencyOverview(agency, null, null, null)
                        : new RegionAgencyOverview(agency, p.ccDeputyName(), p.contactEmail(), p.deadline());
            }).toList();
        }));
    }

    private record ProfileRow(UUID agencyId, String ccDeputyName, String contactEmail, int deadline) {
    }
}
