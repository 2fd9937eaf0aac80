/**
 * Audit: an append-only record of every configuration change of an agency — who, when, what,
 * before and after. The database refuses updates and deletes of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package ru.perechen.audit;
