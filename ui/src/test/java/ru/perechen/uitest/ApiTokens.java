package ru.perechen.uitest;

import com.nimbusds.jose.JOSEObjectType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import ru.perechen.admin.SeedAgencies;

/** Bearer tokens for the API tests, shaped as Keycloak issues them for the demo users. */
public final class ApiTokens {

    private ApiTokens() {
    }

    /** A token of a demo user, e.g. {@code token("dizo.editor", "editor", "dizo-nso")}. */
    public static String token(String username, String role, String agency) {
        return token(username, List.of(role), Map.of("organization", List.of(agency)));
    }

    /**
     * A token with any realm roles (none at all, too) and further claims: {@code organization} for a
     * member of an agency, {@code region} for a coordinator.
     */
    public static String token(String username, List<String> roles, Map<String, Object> more) {
        Map<String, Object> claims = new HashMap<>(more);
        claims.put("preferred_username", username);
        claims.put("name", username);
        claims.put("realm_access", Map.of("roles", roles));
        return MockIssuer.SERVER.issueToken("perechen", "perechen-cli", new DefaultOAuth2TokenCallback("perechen",
                SeedAgencies.subjectOf(username), JOSEObjectType.JWT.getType(), List.of("perechen-api"), claims, 3600)).serialize();
    }
}
