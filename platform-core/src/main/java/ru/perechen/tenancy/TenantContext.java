package ru.perechen.tenancy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant and the acting principal of the current unit of work. Resolved from the authenticated
 * principal; system work (seeding presets, scheduled jobs) runs through {@link #callAsSystem} or
 * {@link #callAsAgency}. Cross-agency reading is only possible inside {@link #callInRegionScope},
 * only read-only, and only for a coordinator of that region or a platform admin.
 */
public final class TenantContext {

    /** The tenant identifier used when there is no tenant: it matches no row. */
    public static final UUID NO_TENANT = new UUID(0L, 0L);

    private static final ThreadLocal<AgencyId> SYSTEM_AGENCY = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> SYSTEM = new ThreadLocal<>();
    private static final ThreadLocal<RegionId> REGION_SCOPE = new ThreadLocal<>();

    private TenantContext() {
    }

    /**
     * The agency of the current unit of work, if there is one. A member of the agency's organization
     * acts for it only with one of the agency's roles ({@link Access#AGENCY_STAFF}): without one there
     * is no tenant, so every service refuses and the database shows no row.
     */
    public static Optional<AgencyId> currentAgency() {
        AgencyId system = SYSTEM_AGENCY.get();
        if (system != null) {
            return Optional.of(system);
        }
        return principal().filter(p -> Access.AGENCY_STAFF.grantedTo(p.roles())).flatMap(TenantPrincipal::agencyId);
    }

    /** The authenticated principal, if the request is signed in. */
    public static Optional<TenantPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The region whose agencies may be read in the current (read-only) transaction, if any. */
    public static Optional<RegionId> currentRegionScope() {
        return Optional.ofNullable(REGION_SCOPE.get());
    }

    /** True while system work runs (seeding, scheduled jobs): it has every permission. */
    public static boolean isSystem() {
        return Boolean.TRUE.equals(SYSTEM.get());
    }

    /** Fails unless the principal has one of the roles (system work always passes). */
    public static void requireAnyRole(Role... roles) {
        if (isSystem()) {
            return;
        }
        Set<Role> wanted = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
        boolean allowed = principal().map(p -> p.roles().stream().anyMatch(wanted::contains)).orElse(false);
        if (!allowed) {
            throw new AccessDeniedToTenantException("Requires one of the roles " + wanted);
        }
    }

    /** Fails unless the work runs for an agency; returns it. */
    public static AgencyId requireAgency() {
        return currentAgency().orElseThrow(
                () -> new AccessDeniedToTenantException("No agency is selected for this work"));
    }

    /** Runs platform-level system work, e.g. registering the seed agencies at start-up. */
    public static <T> T callAsSystem(Supplier<T> work) {
        Boolean previous = SYSTEM.get();
        SYSTEM.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            restore(SYSTEM, previous);
        }
    }

    /** Runs system work for one agency, e.g. seeding its presets. Not for user requests. */
    public static <T> T callAsAgency(AgencyId agency, Supplier<T> work) {
        AgencyId previous = SYSTEM_AGENCY.get();
        SYSTEM_AGENCY.set(agency);
        try {
            return callAsSystem(work);
        } finally {
            restore(SYSTEM_AGENCY, previous);
        }
    }

    /**
     * Runs read-only work that may see the rows of every agency of one region. Only a coordinator of
     * that region, a platform admin, or system work may do so; the transaction manager refuses any
     * transaction inside that is not read-only.
     */
    public static <T> T callInRegionScope(RegionId region, Supplier<T> work) {
        boolean allowed = isSystem() || principal()
                .map(p -> p.hasRole(Role.PLATFORM_ADMIN)
                        || (p.hasRole(Role.REGIONAL_COORDINATOR) && p.coordinatedRegion().filter(region::equals).isPresent()))
                .orElse(false);
        if (!allowed) {
            throw new AccessDeniedToTenantException("May not read the agencies of region " + region);
        }
        RegionId previous = REGION_SCOPE.get();
        REGION_SCOPE.set(region);
        try {
            return work.get();
        } finally {
            restore(REGION_SCOPE, previous);
        }
    }

    private static <V> void restore(ThreadLocal<V> holder, V previous) {
        if (previous == null) {
            holder.remove();
        } else {
            holder.set(previous);
        }
    }
}
