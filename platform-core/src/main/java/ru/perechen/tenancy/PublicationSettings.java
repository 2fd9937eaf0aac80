package ru.perechen.tenancy;

import java.time.Instant;

/**
 * Where and how the agency publishes its list (000 §8, 002 §3.1, 003 §14, §17).
 *
 * @param officialSiteUrl             the agency's official website (set by the platform admin)
 * @param documentsSectionUrl         the «Документы» section of that site where the list is published
 * @param publicationDeadlineWorkDays working days after approval within which it must be there
 * @param hideInternalGroups          whether groups of processes for the internal client stay off the public page
 * @param version                     the profile's version, for optimistic locking
 */
public record PublicationSettings(String officialSiteUrl, String documentsSectionUrl, int publicationDeadlineWorkDays,
                                  boolean hideInternalGroups, long version, Instant updatedAt) {
}
