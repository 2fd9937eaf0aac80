package ru.perechen.identity.web;

import java.io.Serial;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import ru.perechen.identity.PerechenPrincipal;
import ru.perechen.identity.PerechenUser;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantPrincipal;

/** The browser session's principal: Keycloak's OIDC user, carrying the resolved {@link PerechenUser}. */
class PerechenOidcUser extends DefaultOidcUser implements TenantPrincipal, PerechenPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PerechenUser user;

    PerechenOidcUser(PerechenUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(Authorities.of(user), idToken, userInfo, "sub");
        this.user = user;
    }

    @Override
    public PerechenUser user() {
        return user;
    }

    @Override
    public Optional<AgencyId> agencyId() {
        return user.agencyId();
    }

    @Override
    public Optional<RegionId> coordinatedRegion() {
        return user.coordinatedRegion();
    }

    @Override
    public Set<Role> roles() {
        return user.roles();
    }

    @Override
    public String actorId() {
        return user.actorId();
    }

    @Override
    public String actorName() {
        return user.actorName();
    }
}
