package ru.perechen.identity.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import ru.perechen.identity.PerechenUser;
import ru.perechen.identity.UserResolver;

/** Browser login: builds the session principal from the ID token and user info. */
@Component
class PerechenOidcUserService extends OidcUserService {

    private final UserResolver resolver;

    PerechenOidcUserService(UserResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = super.loadUser(request);
        Map<String, Object> claims = new HashMap<>(oidcUser.getClaims());
        PerechenUser user = resolver.resolve(KeycloakClaims.read(claims));
        return new PerechenOidcUser(user, oidcUser.getIdToken(), oidcUser.getUserInfo());
    }
}
