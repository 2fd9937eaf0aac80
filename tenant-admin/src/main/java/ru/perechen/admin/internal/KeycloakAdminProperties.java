package ru.perechen.admin.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform reaches Keycloak's admin API: {@code perechen.keycloak-admin.*}. Without a server
 * URL, agencies cannot be provisioned (the platform says so instead of half-creating them).
 */
@ConfigurationProperties("perechen.keycloak-admin")
public record KeycloakAdminProperties(String serverUrl, String realm, String authRealm, String clientId, String username,
                                      String password) {

    public KeycloakAdminProperties {
        realm = realm == null ? "perechen" : realm;
        authRealm = authRealm == null ? "master" : authRealm;
        clientId = clientId == null ? "admin-cli" : clientId;
    }
}
