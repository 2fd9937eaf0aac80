/**
 * Region: the agencies of one region compared — each one's list in force, its compliance with the
 * methodology, publication on time, review tasks, approval times, channels and clients' satisfaction —
 * as of any day, counted by aggregate queries in the region scope that row-level security bounds
 * (decision 38). Read-only: nothing here changes an agency.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region")
package ru.perechen.region;
