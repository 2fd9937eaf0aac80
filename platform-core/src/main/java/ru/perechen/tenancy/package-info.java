/**
 * Tenancy: regions, agencies (the tenants) and the two locks that keep one agency's data from
 * another's — Hibernate {@code @TenantId} on every tenant-owned entity and PostgreSQL row-level
 * security driven by a transaction-local setting. Feature code never reads or sets an agency id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package ru.perechen.tenancy;
