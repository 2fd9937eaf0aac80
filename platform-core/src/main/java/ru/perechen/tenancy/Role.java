package ru.perechen.tenancy;

import java.util.Arrays;
import java.util.Optional;

/**
 * Realm roles of the identity provider, as the acts name the people who keep a Перечень.
 * Which unit a person heads or works in is the application's own data, not a role.
 */
public enum Role {
    PLATFORM_ADMIN("platform-admin"),
    REGIONAL_COORDINATOR("regional-coordinator"),
    TENANT_ADMIN("tenant-admin"),
    /** Заместитель, ответственный за внедрение клиентоцентричности. */
    CC_DEPUTY("cc-deputy"),
    /** Курирующий заместитель. */
    SUPERVISING_DEPUTY("supervising-deputy"),
    /** Руководитель структурного подразделения. */
    UNIT_HEAD("unit-head"),
    EDITOR("editor"),
    VIEWER("viewer");

    private final String keycloakName;

    Role(String keycloakName) {
        this.keycloakName = keycloakName;
    }

    /** The realm role's name in Keycloak, e.g. {@code cc-deputy}. */
    public String keycloakName() {
        return keycloakName;
    }

    /** The Spring Security authority, e.g. {@code ROLE_CC_DEPUTY}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }

    public static Optional<Role> fromKeycloakName(String name) {
        return Arrays.stream(values()).filter(role -> role.keycloakName.equals(name)).findFirst();
    }
}
