package ru.perechen.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The signed-in person.
 *
 * @param subject     the identity provider's stable user id ({@code sub})
 * @param agency      the agency from the {@code organization} claim, if the person belongs to one
 * @param region      the region from the {@code region} claim (coordinators), or the agency's region
 */
public record PerechenUser(
        String subject,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        AgencySummary agency,
        RegionSummary region) implements TenantPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public PerechenUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public Optional<AgencyId> agencyId() {
        return Optional.ofNullable(agency).map(AgencySummary::id);
    }

    @Override
    public Optional<RegionId> coordinatedRegion() {
        return hasRole(Role.REGIONAL_COORDINATOR) ? Optional.ofNullable(region).map(RegionSummary::id) : Optional.empty();
    }

    @Override
    public String actorId() {
        return subject;
    }

    @Override
    public String actorName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    public Optional<AgencySummary> agencySummary() {
        return Optional.ofNullable(agency);
    }

    public Optional<RegionSummary> regionSummary() {
        return Optional.ofNullable(region);
    }

    /** The role to show next to the name: the most responsible one the person has. */
    public Optional<Role> primaryRole() {
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
