package ru.perechen.tenancy;

/** One agency of a region as a coordinator sees it, read across tenants in region scope. */
public record RegionAgencyOverview(AgencySummary agency, String ccDeputyName, String contactEmail,
                                   Integer publicationDeadlineWorkDays) {
}
