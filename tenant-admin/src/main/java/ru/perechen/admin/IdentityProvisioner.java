package ru.perechen.admin;

import java.time.Instant;
import java.util.UUID;

/**
 * The identity provider's side of an agency: its organization and its people. Keycloak in every
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

    /** @param marker the mark the organization carries, tying it to one attempt at creating the agency */
    record NewAgencyIdentity(String slug, String name, String description, String domain, String adminUsername,
                             String adminEmail, String adminFirstName, String adminLastName, UUID marker) {
    }

    /** @param temporaryPassword shown once to the platform admin; Keycloak asks for a new one at the first login */
    record ProvisionedAdmin(String subject, String username, String temporaryPassword) {
    }

    /** One attempt at provisioning an agency, as the journal keeps it until the attempt is settled. */
    record Provisioning(String slug, String adminUsername, UUID marker, Instant startedAt) {
    }
}
