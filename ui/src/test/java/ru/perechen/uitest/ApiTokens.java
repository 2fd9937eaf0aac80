package ru.perechen.uitest;

import com.nimbusds.jose.JOSEObjectType;
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
        Map<String, Object> claims = Map.of("preferred_username", username, "name", username,
                "realm_access", Map.of("roles", List.of(role)), "organization", List.of(agency));
        return MockIssuer.SERVER.issueToken("perechen", "perechen-cli", new DefaultOAuth2TokenCallback("perechen",
                SeedAgencies.subjectOf(username), JOSEObjectType.JWT.getType(), List.of("perechen-api"), claims, 3600)).serialize();
    }
}
