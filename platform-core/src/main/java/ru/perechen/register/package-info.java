/**
 * Register: the agency's Перечень itself — its immutable versions (редакции), the rows of each, the
 * methodology's rules over them, and the differences between two versions. Rows change only through
 * change requests (workflow), which enact a new version here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register",
        allowedDependencies = {"catalog", "tenancy", "tenancy :: ui", "audit", "uikit"})
package ru.perechen.register;
