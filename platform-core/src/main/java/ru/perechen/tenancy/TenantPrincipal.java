package ru.perechen.tenancy;

import java.util.Optional;
import java.util.Set;

/**
 * What tenancy needs to know of the signed-in principal. The authentication's principal implements
 * it; the agency comes from the identity provider's organization claim, never from a request header.
 */
public interface TenantPrincipal {

    /** The agency the principal belongs to, if any (coordinators and platform admins have none). */
    Optional<AgencyId> agencyId();

    /** The region whose agencies the principal may read across tenants (regional coordinators). */
    Optional<RegionId> coordinatedRegion();

    Set<Role> roles();

    /** Who acts, for the audit: the identity provider's user id. */
    String actorId();

    /** Who acts, as people read it in the audit. */
    String actorName();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }
}
