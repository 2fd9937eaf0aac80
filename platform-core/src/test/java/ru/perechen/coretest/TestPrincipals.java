package ru.perechen.coretest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantPrincipal;

/** Signs a principal in for the duration of some test work, as the security filters would. */
public final class TestPrincipals {

    private TestPrincipals() {
    }

    public static TenantPrincipal agencyUser(AgencyId agency, Role... roles) {
        return new Principal(Optional.of(agency), Optional.empty(), Set.of(roles));
    }

    /** A named person of an agency: their subject is what approvals and initiators are matched by. */
    public static TenantPrincipal person(AgencyId agency, String subject, String name, Role... roles) {
        return new Person(agency, subject, name, Set.of(roles));
    }

    public static TenantPrincipal coordinator(RegionId region) {
        return new Principal(Optional.empty(), Optional.of(region), Set.of(Role.REGIONAL_COORDINATOR));
    }

    public static <T> T as(TenantPrincipal principal, Supplier<T> work) {
        var authorities = principal.roles().stream()
                .map(role -> (org.springframework.security.core.GrantedAuthority) role::authority).toList();
        var token = new TestingAuthenticationToken(principal, null, List.copyOf(authorities));
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record Principal(Optional<AgencyId> agencyId, Optional<RegionId> coordinatedRegion, Set<Role> roles)
            implements TenantPrincipal {

        @Override
        public String actorId() {
            return "test-" + roles;
        }

        @Override
        public String actorName() {
            return "Тестовый пользователь " + roles;
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
