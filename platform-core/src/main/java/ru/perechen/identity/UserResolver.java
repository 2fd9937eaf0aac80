package ru.perechen.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.tenancy.Role;

/**
 * Turns the identity provider's claims into a {@link PerechenUser}: one mapping for the browser
 * login (OIDC) and the API (JWT). An organization alias or region code the directory does not know
 * yields a user without an agency or region: they see nothing of any agency.
 */
@Service
public class UserResolver {

    private final AgencyDirectory directory;

    UserResolver(AgencyDirectory directory) {
        this.directory = directory;
    }

    public PerechenUser resolve(IdentityClaims claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        claims.realmRoles().forEach(name -> Role.fromKeycloakName(name).ifPresent(roles::add));
        // a deactivated agency keeps its data, but its people no longer reach any of it
        Optional<AgencySummary> agency = claims.organizations().stream().findFirst().flatMap(directory::findBySlug)
                .filter(AgencySummary::active);
        Optional<RegionSummary> region = Optional.ofNullable(claims.region())
                .flatMap(directory::findRegionByCode)
                .or(() -> agency.flatMap(a -> directory.findRegion(a.regionId())));
        return new PerechenUser(claims.subject(), claims.username(), claims.displayName(), claims.email(), roles,
                agency.orElse(null), region.orElse(null));
    }

    /** The claims Perechen reads from an ID token or an access token. */
    public record IdentityClaims(String subject, String username, String displayName, String email,
                                 Collection<String> realmRoles, List<String> organizations, String region) {
    }
}
