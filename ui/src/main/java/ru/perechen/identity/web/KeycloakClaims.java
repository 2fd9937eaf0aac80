package ru.perechen.identity.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import ru.perechen.identity.UserResolver.IdentityClaims;

/**
 * Reads Keycloak's claims, the same way for ID tokens (browser login) and access tokens (API):
 * {@code realm_access.roles}, the {@code organization} claim (a list of aliases, or a map keyed by
 * alias when organization attributes are included) and the coordinator's {@code region}.
 */
final class KeycloakClaims {

    private KeycloakClaims() {
    }

    static IdentityClaims read(Map<String, Object> claims) {
        String username = string(claims.get("preferred_username"));
        String name = string(claims.get("name"));
        return new IdentityClaims(
                string(claims.get("sub")),
                username,
                name == null || name.isBlank() ? username : name,
                string(claims.get("email")),
                realmRoles(claims.get("realm_access")),
                organizations(claims.get("organization")),
                string(claims.get("region")));
    }

    private static Collection<String> realmRoles(Object realmAccess) {
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static List<String> organizations(Object claim) {
        return switch (claim) {
            case Collection<?> list -> list.stream().map(String::valueOf).sorted().toList();
            case Map<?, ?> map -> map.keySet().stream().map(String::valueOf).sorted().toList();
            case String single -> List.of(single);
            case null, default -> List.of();
        };
    }

    private static String string(Object value) {
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.iterator().next());
        }
        return value == null ? null : String.valueOf(value);
    }
}
