package ru.perechen.admin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Demo data only: work done as one of a seed agency's demo people (the realm's users, whom
 * {@link PresetService} records as staff), signed in for the duration of the work as a login would sign
 * them in — so that the services' own checks (the initiator, the seat of the route, the role) apply.
 */
final class DemoPeople {

    private DemoPeople() {
    }

    /** Runs {@code work} as the agency's demo person of the role suffix, e.g. {@code "cc"} for {@code mpn.cc}. */
    static <T> T as(AgencySummary agency, String role, Supplier<T> work) {
        String username = SeedAgencies.PREFIXES.get(agency.slug()) + "." + role;
        Role granted = SeedAgencies.ROLES.get(role);
        Person person = new Person(agency.id(), SeedAgencies.subjectOf(username), SeedAgencies.PEOPLE.get(role), Set.of(granted));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority(granted.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record Person(AgencyId agency, String actorId, String actorName, Set<Role> roles) implements TenantPrincipal {

        @Override
        public Optional<AgencyId> agencyId() {
            return Optional.of(agency);
        }

        @Override
        public Optional<RegionId> coordinatedRegion() {
            return Optional.empty();
        }
    }
}
