package ru.perechen.tenancy.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no external database is configured (local runs and tests).
 *
 * @param dataDirectory where the cluster lives; blank means a fresh temporary cluster per start
 * @param port          the port; 0 means a free one
 * @param ownerRole     the role that owns the schema and runs the migrations
 * @param appRole       the role the application connects as: owns nothing, no superuser, no BYPASSRLS
 */
@ConfigurationProperties("perechen.embedded-postgres")
record EmbeddedPostgresProperties(String dataDirectory, int port, String ownerRole, String appRole) {

    EmbeddedPostgresProperties {
        ownerRole = ownerRole == null || ownerRole.isBlank() ? "perechen_owner" : ownerRole;
        appRole = appRole == null || appRole.isBlank() ? "perechen_app" : appRole;
    }
}
