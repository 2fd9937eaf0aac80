package ru.perechen.admin;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyProfile;
import ru.perechen.tenancy.AgencyProfileService;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;

/**
 * Registers the seed regions and agencies with their starting profile, process groups and client
 * needs as their acts set them. Idempotent: what exists is
 * left as it is, so a restart never overwrites what an agency has changed.
 */
@Service
public class PresetService {

    private static final Logger log = LoggerFactory.getLogger(PresetService.class);

    private final AgencyDirectory directory;
    private final AgencyProfileService profiles;
    private final ProcessGroupService processGroups;
    private final ClientNeedService clientNeeds;

    PresetService(AgencyDirectory directory, AgencyProfileService profiles, ProcessGroupService processGroups,
                  ClientNeedService clientNeeds) {
        this.directory = directory;
        this.profiles = profiles;
        this.processGroups = processGroups;
        this.clientNeeds = clientNeeds;
    }

    public void applySeedAgencies() {
        TenantContext.callAsSystem(() -> {
            Map<String, RegionId> regions = new HashMap<>();
            SeedAgencies.REGIONS.forEach(r -> regions.put(r.code(), directory.registerRegion(r.code(), r.name())));
            for (SeedAgencies.SeedAgency seed : SeedAgencies.AGENCIES) {
                AgencyId agency = directory.registerAgency(new AgencyDirectory.NewAgency(regions.get(seed.regionCode()),
                        seed.slug(), seed.fullName(), seed.shortName(), seed.type(), seed.officialSiteUrl(),
                        seed.documentsSectionUrl()));
                TenantContext.callAsAgency(agency, () -> {
                    AgencyProfile current = profiles.current();
                    if (current.updatedAt() == null) {
                        profiles.update(new AgencyProfile(null, null, null, seed.ccDeputy(), 5, current.version(), null));
                    }
                    processGroups.applyCatalogue(seed.processGroups());
                    clientNeeds.applyNeedSet(seed.needs());
                    return null;
                });
            }
            return null;
        });
        log.info("Seed agencies present: {}", SeedAgencies.AGENCIES.size());
    }
}
