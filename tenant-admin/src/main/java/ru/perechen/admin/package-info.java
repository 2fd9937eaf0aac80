/**
 * Tenant administration: agency provisioning and presets (the seed agencies of the five regional
 * acts, demo data for local runs), configuration use-cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenant administration")
package ru.perechen.admin;
