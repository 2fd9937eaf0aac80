package ru.perechen.tenancy;

/** A region as the directory shows it. */
public record RegionSummary(RegionId id, String code, String name, long agencyCount) implements java.io.Serializable {
}
