package ru.perechen.admin.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.DisposableBean;
import ru.perechen.admin.IdentityProvisioner;
import ru.perechen.admin.ProvisioningException;
import ru.perechen.tenancy.Role;

/** Provisions agencies and regional coordinators in the Keycloak realm through the admin REST API. */
public class KeycloakProvisioner implements IdentityProvisioner, DisposableBean {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The organization attribute tying it to the attempt that created it (the journal's marker). */
    static final String MARKER = "perechen-provisioning";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KeycloakProvisioner.class);

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakProvisioner(KeycloakAdminProperties properties) {
        this.realm = properties.realm();
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(properties.serverUrl())
                .realm(properties.authRealm())
                .clientId(properties.clientId())
                .username(properties.username())
                .password(properties.password())
                .build();
    }

    @Override
    public ProvisionedAdmin provisionAgency(NewAgencyIdentity agency) {
        RealmResource realmResource = keycloak.realm(realm);
        String organizationId = null;
        String userId = null;
        try {
            OrganizationRepresentation organization = new OrganizationRepresentation();
            organization.setAlias(agency.slug());
            organization.setName(agency.name());
            organization.setDescription(agency.description());
            organization.setEnabled(true);
            organization.singleAttribute(MARKER, agency.marker().toString());
            OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
            domain.setName(agency.domain());
            organization.addDomain(domain);
            try (Response created = realmResource.organizations().create(organization)) {
                organizationId = createdId(created, "identity.error.organization");
            }
            String password = temporaryPassword();
            UserRepresentation user = new UserRepresentation();
            user.setUsername(agency.adminUsername());
            user.setEmail(agency.adminEmail());
            user.setEmailVerified(true);
            user.setFirstName(agency.adminFirstName());
            user.setLastName(agency.adminLastName());
            user.setEnabled(true);
            user.setRequiredActions(List.of("UPDATE_PASSWORD"));
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(true);
            user.setCredentials(List.of(credential));
            try (Response created = realmResource.users().create(user)) {
                userId = createdId(created, "identity.error.user");
            }
            // a member at once: should the process die now, the account is found through its organization
            try (Response added = realmResource.organizations().get(organizationId).members().addMember(userId)) {
                if (added.getStatus() >= 300) {
                    throw new ProvisioningException("identity.error.member", null);
                }
            }
            RoleRepresentation tenantAdmin = realmResource.roles().get(Role.TENANT_ADMIN.keycloakName()).toRepresentation();
            realmResource.users().get(userId).roles().realmLevel().add(List.of(tenantAdmin));
            return new ProvisionedAdmin(userId, agency.adminUsername(), password);
        } catch (RuntimeException failed) {
            log.warn("Provisioning the agency {} in Keycloak failed; undoing what was created", agency.slug(), failed);
            cleanUp(realmResource, organizationId, userId);
            if (failed instanceof ProvisioningException known) {
                throw known;
            }
            throw new ProvisioningException("identity.error.unavailable", failed);
        }
    }

    @Override
    public void removeProvisioned(Provisioning provisioning) {
        RealmResource realmResource = keycloak.realm(realm);
        try {
            Optional<OrganizationRepresentation> marked = realmResource.organizations()
                    .searchByAttribute(MARKER + ":" + provisioning.marker()).stream()
                    .filter(o -> provisioning.slug().equals(o.getAlias())).findFirst();
            for (UserRepresentation user : realmResource.users().searchByUsername(provisioning.adminUsername(), true)) {
                List<String> memberOf = realmResource.organizations().members().getOrganizations(user.getId(), true).stream()
                        .map(OrganizationRepresentation::getId).toList();
                boolean ofThisAttempt = memberOf.isEmpty()
                        ? user.getCreatedTimestamp() != null && user.getCreatedTimestamp() >= provisioning.startedAt().toEpochMilli()
                        : marked.isPresent() && memberOf.equals(List.of(marked.get().getId()));
                if (ofThisAttempt) {
                    realmResource.users().delete(user.getId()).close();
                }
            }
            marked.ifPresent(o -> realmResource.organizations().get(o.getId()).delete().close());
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException failed) {
            throw new ProvisioningException("identity.error.unavailable-change", failed);
        }
    }

    @Override
    public void setAgencyEnabled(String slug, boolean enabled) {
        RealmResource realmResource = keycloak.realm(realm);
        try {
            OrganizationRepresentation organization = organization(realmResource, slug)
                    .orElseThrow(() -> new ProvisioningException("identity.error.no-organization", null, slug));
            var resource = realmResource.organizations().get(organization.getId());
            organization.setEnabled(enabled);
            try (Response updated = resource.update(organization)) {
                if (updated.getStatus() >= 300) {
                    throw new ProvisioningException("identity.error.unavailable-change", null);
                }
            }
            for (UserRepresentation member : resource.members().list(0, 10_000)) {
                // the member listing carries membership fields the user endpoint refuses: update the user itself
                var user = realmResource.users().get(member.getId());
                UserRepresentation account = user.toRepresentation();
                account.setEnabled(enabled);
                user.update(account);
            }
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException failed) {
            log.warn("Keycloak refused to {} the organization {}", enabled ? "enable" : "disable", slug, failed);
            throw new ProvisioningException("identity.error.unavailable-change", failed);
        }
    }

    @Override
    public CoordinatorAccount grantCoordinator(CoordinatorIdentity coordinator) {
        return KeycloakCoordinators.grant(keycloak.realm(realm), coordinator);
    }

    @Override
    public void revokeCoordinator(String username, String regionCode) {
        KeycloakCoordinators.revoke(keycloak.realm(realm), username, regionCode);
    }

    @Override
    public void removeAccount(String subject) {
        KeycloakCoordinators.remove(keycloak.realm(realm), subject);
    }

    @Override
    public void setAccountEnabled(String subject, boolean enabled) {
        try {
            var user = keycloak.realm(realm).users().get(subject);
            UserRepresentation account = user.toRepresentation();
            account.setEnabled(enabled);
            user.update(account);
            if (!enabled) {
                // the open Keycloak sessions end too: a disabled person is not signed back in silently
                user.logout();
            }
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException failed) {
            log.warn("Keycloak refused to {} the account {}", enabled ? "enable" : "disable", subject, failed);
            throw new ProvisioningException("identity.error.unavailable-change", failed);
        }
    }

    /** The organization whose alias is the agency's slug (the search endpoint matches names, not aliases). */
    private static java.util.Optional<OrganizationRepresentation> organization(RealmResource realmResource, String slug) {
        return realmResource.organizations().getAll().stream().filter(o -> slug.equals(o.getAlias())).findFirst();
    }

    static String createdId(Response response, String errorKey) {
        if (response.getStatus() == 409) {
            throw new ProvisioningException(errorKey + "-exists", null);
        }
        if (response.getStatus() != 201) {
            throw new ProvisioningException(errorKey, null, response.getStatus());
        }
        return CreatedResponseUtil.getCreatedId(response);
    }

    private static void cleanUp(RealmResource realmResource, String organizationId, String userId) {
        try {
            if (userId != null) {
                realmResource.users().delete(userId).close();
            }
            if (organizationId != null) {
                realmResource.organizations().get(organizationId).delete().close();
            }
        } catch (RuntimeException ignored) {
            // best effort: the platform admin sees the original failure
        }
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public void destroy() {
        keycloak.close();
    }
}
