package ru.perechen.tenancy;

import static ru.perechen.tenancy.Role.CC_DEPUTY;
import static ru.perechen.tenancy.Role.EDITOR;
import static ru.perechen.tenancy.Role.PLATFORM_ADMIN;
import static ru.perechen.tenancy.Role.REGIONAL_COORDINATOR;
import static ru.perechen.tenancy.Role.SUPERVISING_DEPUTY;
import static ru.perechen.tenancy.Role.TENANT_ADMIN;
import static ru.perechen.tenancy.Role.UNIT_HEAD;
import static ru.perechen.tenancy.Role.VIEWER;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what: the one table of the permission model (decision 28). The pages' {@code @RolesAllowed}
 * name exactly the roles of one of these, the API's operations declare one with {@link Allowed} (and
 * publish its roles in the OpenAPI document), and the services check them. A role opens a kind of
 * work; what a person may do with one request or one process — the seat the route gives them, the
 * units they belong to, being the initiator — is the workflow's own check on top.
 */
public enum Access {

    /** Anyone signed in, with or without a role: who they are. */
    SIGNED_IN(EnumSet.noneOf(Role.class)),
    /** Anyone with a role of the platform: shared reference data, such as the production calendar. */
    ANY_ROLE(EnumSet.allOf(Role.class)),
    /**
     * The agency's people: its list, versions, change requests (and deciding those whose route seats
     * them), publications, review tasks, notifications. A member of the organization without one of
     * these roles does not act for the agency at all ({@link TenantContext#currentAgency()}).
     */
    AGENCY_STAFF(EnumSet.of(TENANT_ADMIN, CC_DEPUTY, SUPERVISING_DEPUTY, UNIT_HEAD, EDITOR, VIEWER)),
    /** Drafting change requests (the initiator's part of a request) and loading list files into drafts. */
    DRAFTING(EnumSet.of(EDITOR, UNIT_HEAD, TENANT_ADMIN)),
    /** Dismissing a review task with a reason. */
    REVIEW(EnumSet.of(TENANT_ADMIN, CC_DEPUTY, UNIT_HEAD)),
    /**
     * Those answerable for the whole list: the agency's configuration as read, its audit log, the
     * publication, and the act and enactment of any approved request.
     */
    OVERSIGHT(EnumSet.of(TENANT_ADMIN, CC_DEPUTY)),
    /**
     * Recording feedback that did not come through the survey's link — paper forms typed in, answers from
     * the other channels of act 004 §9 — and handing out the touchpoints' links and QR codes.
     */
    FEEDBACK_ENTRY(EnumSet.of(TENANT_ADMIN, CC_DEPUTY, EDITOR)),
    /** Changing the configuration, the profile, the publication settings and the substitutes. */
    ADMINISTRATION(EnumSet.of(TENANT_ADMIN)),
    /** A region's agencies side by side (a coordinator for their own region only). */
    REGION(EnumSet.of(REGIONAL_COORDINATOR, PLATFORM_ADMIN)),
    /** The platform: regions, agencies, the production calendar, the platform's audit log. */
    PLATFORM(EnumSet.of(PLATFORM_ADMIN));

    private final Set<Role> roles;

    Access(Set<Role> roles) {
        this.roles = Set.copyOf(roles);
    }

    /** The roles that open it; empty for {@link #SIGNED_IN}, which needs none. */
    public Set<Role> roles() {
        return roles;
    }

    /** Who has it, in words (the OpenAPI document says it per operation). */
    public String messageKey() {
        return "access." + name();
    }

    /** Whether a person holding these roles has it. */
    public boolean grantedTo(Collection<Role> held) {
        return this == SIGNED_IN || held.stream().anyMatch(roles::contains);
    }

    /** Whether the current principal has it (system work always has). */
    public boolean isGranted() {
        return TenantContext.isSystem() || TenantContext.principal().map(p -> grantedTo(p.roles())).orElse(false);
    }

    /** Fails with {@link RoleRequiredException} unless the current principal has it. */
    public void require() {
        if (!isGranted()) {
            throw new RoleRequiredException(this);
        }
    }
}
