package ru.perechen.admin;

/**
 * The identity provider's side of an agency: its organization and its people. Keycloak in every
 * real run; a platform without an identity provider configured refuses to provision.
 */
public interface IdentityProvisioner {

    /**
     * Creates the agency's organization and its first tenant admin, who must change the one-time
     * password at the first login.
     */
    ProvisionedAdmin provisionAgency(NewAgencyIdentity agency);

    /** Removes what {@link #provisionAgency} created, when the agency could not be stored after all. */
    void undoProvisioning(String slug, ProvisionedAdmin admin);

    /** Enables or disables the organization and every member's account. */
    void setAgencyEnabled(String slug, boolean enabled);

    record NewAgencyIdentity(String slug, String name, String description, String domain, String adminUsername,
                             String adminEmail, String adminFirstName, String adminLastName) {
    }

    /** @param temporaryPassword shown once to the platform admin; Keycloak asks for a new one at the first login */
    record ProvisionedAdmin(String subject, String username, String temporaryPassword) {
    }
}
