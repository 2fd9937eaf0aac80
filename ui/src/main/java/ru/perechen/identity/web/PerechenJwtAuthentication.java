package ru.perechen.identity.web;

import java.io.Serial;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import ru.perechen.identity.PerechenUser;

/** An API call's authentication: the bearer token, with the resolved {@link PerechenUser} as principal. */
class PerechenJwtAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    @Serial
    private static final long serialVersionUID = 1L;

    PerechenJwtAuthentication(Jwt jwt, PerechenUser user) {
        super(jwt, user, jwt, Authorities.of(user));
        setAuthenticated(true);
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return ((PerechenUser) getPrincipal()).subject();
    }
}
