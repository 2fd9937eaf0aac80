package ru.perechen.admin.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import ru.perechen.admin.IdentityProvisioner.CoordinatorAccount;
import ru.perechen.admin.IdentityProvisioner.CoordinatorIdentity;
import ru.perechen.admin.ProvisioningException;
import ru.perechen.tenancy.Role;

/**
 * Regional coordinators in the realm, as perechen-realm.json has its demo ones: the realm role
 * {@code regional-coordinator} and the single-valued user attribute {@code region} with the region's code.
 */
final class KeycloakCoordinators {

    /** The user attribute the token's {@code region} claim is mapped from. */
    static final String REGION = "region";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KeycloakCoordinators.class);

    private KeycloakCoordinators() {
    }

    static CoordinatorAccount grant(RealmResource realmResource, CoordinatorIdentity coordinator) {
        String createdId = null;
        String userId = null;
        boolean changed = false;
        try {
            Optional<UserRepresentation> existing = user(realmResource, coordinator.username());
            String password = null;
            if (existing.isPresent()) {
                userId = existing.get().getId();
            } else {
                password = KeycloakProvisioner.temporaryPassword();
                try (Response created = realmResource.users().create(newUser(coordinator, password))) {
                    userId = KeycloakProvisioner.createdId(created, "identity.error.user");
                }
                createdId = userId;
            }
            UserResource user = realmResource.users().get(userId);
            UserRepresentation account = user.toRepresentation();
            String region = account.firstAttribute(REGION);
            if (region != null && !region.isBlank() && !region.equals(coordinator.regionCode())) {
                throw new ProvisioningException("identity.error.coordinator-other-region", null, coordinator.username(), region);
            }
            RoleRepresentation role = role(realmResource);
            boolean hadRole = user.roles().realmLevel().listAll().stream().anyMatch(r -> role.getName().equals(r.getName()));
            boolean was = hadRole && coordinator.regionCode().equals(region);
            changed = true;
            if (!coordinator.regionCode().equals(region)) {
                account.singleAttribute(REGION, coordinator.regionCode());
                user.update(account);
            }
            if (!hadRole) {
                user.roles().realmLevel().add(List.of(role));
            }
            return new CoordinatorAccount(userId, coordinator.username(), createdId != null, was, password);
        } catch (RuntimeException failed) {
            log.warn("Making {} a coordinator of region {} in Keycloak failed; undoing it", coordinator.username(),
                    coordinator.regionCode(), failed);
            try {
                if (createdId != null) {
                    realmResource.users().delete(createdId).close();
                } else if (changed) {
                    revoke(realmResource, coordinator.username(), coordinator.regionCode());
                }
            } catch (RuntimeException ignored) {
                // best effort: the platform admin sees the original failure
            }
            if (failed instanceof ProvisioningException known) {
                throw known;
            }
            throw new ProvisioningException("identity.error.unavailable-change", failed);
        }
    }

    static void revoke(RealmResource realmResource, String username, String regionCode) {
        try {
            Optional<UserRepresentation> found = user(realmResource, username);
            if (found.isEmpty()) {
                return;
            }
            UserResource user = realmResource.users().get(found.get().getId());
            UserRepresentation account = user.toRepresentation();
            String region = account.firstAttribute(REGION);
            if (region != null && !region.isBlank() && !region.equals(regionCode)) {
                // the account coordinates another region, as set in Keycloak: left alone
                return;
            }
            if (region != null) {
                Map<String, List<String>> attributes = new HashMap<>(account.getAttributes());
                attributes.remove(REGION);
                account.setAttributes(attributes);
                user.update(account);
            }
            user.roles().realmLevel().remove(List.of(role(realmResource)));
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException failed) {
            log.warn("Keycloak refused to take the region {} from {}", regionCode, username, failed);
            throw new ProvisioningException("identity.error.unavailable-change", failed);
        }
    }

    static void remove(RealmResource realmResource, String subject) {
        try {
            realmResource.users().delete(subject).close();
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException failed) {
            throw new ProvisioningException("identity.error.unavailable-change", failed);
        }
    }

    private static Optional<UserRepresentation> user(RealmResource realmResource, String username) {
        return realmResource.users().searchByUsername(username, true).stream().findFirst();
    }

    private static RoleRepresentation role(RealmResource realmResource) {
        return realmResource.roles().get(Role.REGIONAL_COORDINATOR.keycloakName()).toRepresentation();
    }

    /** As the first tenant admin is created: verified e-mail, a one-time password to change at the first login. */
    private static UserRepresentation newUser(CoordinatorIdentity coordinator, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(coordinator.username());
        user.setEmail(coordinator.email());
        user.setEmailVerified(true);
        user.setFirstName(coordinator.firstName());
        user.setLastName(coordinator.lastName());
        user.setEnabled(true);
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        user.singleAttribute(REGION, coordinator.regionCode());
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));
        return user;
    }
}
