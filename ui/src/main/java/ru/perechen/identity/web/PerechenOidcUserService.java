package ru.perechen.identity.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import ru.perechen.identity.PerechenUser;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.identity.UserResolver;
import ru.perechen.tenancy.TenantContext;

/** Browser login: builds the session principal from the ID token and user info. */
@Component
class PerechenOidcUserService extends OidcUserService {

    private final UserResolver resolver;
    private final StaffDirectory staff;

    private final ru.perechen.audit.PlatformAuditLog platformAudit;

    PerechenOidcUserService(UserResolver resolver, StaffDirectory staff, ru.perechen.audit.PlatformAuditLog platformAudit) {
        this.resolver = resolver;
        this.staff = staff;
        this.platformAudit = platformAudit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = super.loadUser(request);
        Map<String, Object> claims = new HashMap<>(oidcUser.getClaims());
        PerechenUser user = resolver.resolve(KeycloakClaims.read(claims));
        // the agency's staff directory follows Keycloak: units can name whoever has signed in
        user.agencyId().ifPresent(agency -> TenantContext.callAsAgency(agency,
                () -> staff.recordLogin(user.subject(), user.username(), user.displayName(), user.email(), user.roles())));
        if (user.hasRole(ru.perechen.tenancy.Role.PLATFORM_ADMIN)) {
            platformAudit.recordSignIn(user.subject(), user.displayName());
        }
        return new PerechenOidcUser(user, oidcUser.getIdToken(), oidcUser.getUserInfo());
    }
}
