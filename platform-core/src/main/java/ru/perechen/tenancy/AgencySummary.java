package ru.perechen.tenancy;

/** An agency as the directory shows it. */
public record AgencySummary(
        AgencyId id,
        String slug,
        String fullName,
        String shortName,
        AgencyType type,
        RegionId regionId,
        String regionName,
        String officialSiteUrl,
        String documentsSectionUrl,
        boolean active) implements java.io.Serializable {
}
