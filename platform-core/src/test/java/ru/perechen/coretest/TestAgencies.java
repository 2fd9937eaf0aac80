package ru.perechen.coretest;

import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;

/** The two agencies most tests need: the one under test and another one of the same region that must see nothing of it. */
public final class TestAgencies {

    private TestAgencies() {
    }

    /** @param suffix a letter that keeps the names of these agencies apart from other tests' */
    public static Pair register(AgencyDirectory directory, String regionCode, String regionName, String slugPrefix, String suffix) {
        return TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion(regionCode, regionName);
            AgencyId agency = directory.registerAgency(new AgencyDirectory.NewAgency(region, slugPrefix + "-a", "Министерство " + suffix,
                    "Министерство " + suffix, AgencyType.MINISTRY, null, null));
            AgencyId other = directory.registerAgency(new AgencyDirectory.NewAgency(region, slugPrefix + "-b", "Инспекция " + suffix,
                    "Инспекция " + suffix, AgencyType.INSPECTION, null, null));
            return new Pair(agency, other);
        });
    }

    public record Pair(AgencyId agency, AgencyId other) {
    }
}
