package ru.perechen.admin;

import java.time.Instant;
import java.util.UUID;

/**
 * The identity provider's side of an agency — its organization and its people — and of the regional
 * coordinators (their role and region). Keycloak in every
 * real run; a platform without an identity provider configured refuses to provision.
 */
public interface IdentityProvisioner {

    /**
     * Creates the agency's organization, marked with {@link NewAgencyIdentity#marker()}, and its first
     * tenant admin, who must change the one-time password at the first login.
     */
    ProvisionedAdmin provisionAgency(NewAgencyIdentity agency);

    /**
     * Removes what {@link #provisionAgency} created for the agency, wholly or in part, when the agency
     * was not stored after all: the organization carrying the marker, and the admin account if it is
     * a member of that organization only, or of none and was created after the provisioning started.
     * Anything else of the same name is left alone.
     *
     * @throws ProvisioningException when the identity provider cannot be reached (the removal is retried later)
     */
    void removeProvisioned(Provisioning provisioning);

    /** Enables or disables the organization and every member's account. */
    void setAgencyEnabled(String slug, boolean enabled);

    /**
     * Makes the account of {@link CoordinatorIdentity#username()} a coordinator of the region: the realm role
     * {@code regional-coordinator} and the attribute {@code region} = its code. An existing account keeps its
     * names, e-mail and password; a missing one is created with a one-time password. What this call changed is
     * undone again when it fails part-way.
     *
     * @throws ProvisioningException refused, unreachable, or the account coordinates another region already
     */
    CoordinatorAccount grantCoordinator(CoordinatorIdentity coordinator);

    /**
     * Takes the role and the attribute {@code region} away from the account, if it coordinates that region (or
     * none); the account stays. Nothing to do when there is no such account.
     */
    void revokeCoordinator(String username, String regionCode);

    /** Deletes an account {@link #grantCoordinator} created, when the assignment was not stored after all. */
    void removeAccount(String subject);

    /** @param marker the mark the organization carries, tying it to one attempt at creating the agency */
    record NewAgencyIdentity(String slug, String name, String description, String domain, String adminUsername,
                             String adminEmail, String adminFirstName, String adminLastName, UUID marker) {
    }

    /** @param temporaryPassword shown once to the platform admin; Keycloak asks for a new one at the first login */
    record ProvisionedAdmin(String subject, String username, String temporaryPassword) {
    }

    /** A coordinator to give the region to; the names and e-mail are used only for an account created for them. */
    record CoordinatorIdentity(String username, String firstName, String lastName, String email, String regionCode) {
    }

    /**
     * @param created           the account was created by the grant
     * @param wasCoordinator    the account held the role and this region before the grant (nothing to undo)
     * @param temporaryPassword the created account's one-time password; null for an existing account
     */
    record CoordinatorAccount(String subject, String username, boolean created, boolean wasCoordinator, String temporaryPassword) {
    }

    /** One attempt at provisioning an agency, as the journal keeps it until the attempt is settled. */
    record Provisioning(String slug, String adminUsername, UUID marker, Instant startedAt) {
    }

    /** Disables (and signs out everywhere) or re-enables one person's account, by the subject Keycloak gave them. */
    void setAccountEnabled(String subject, boolean enabled);
}
