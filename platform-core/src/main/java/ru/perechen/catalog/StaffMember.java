package ru.perechen.catalog;

import java.util.Set;
import java.util.UUID;
import ru.perechen.tenancy.Role;

/**
 * A person of the agency: a Keycloak user ({@code subject}) who has signed in or was named by a preset.
 *
 * @param roles the realm roles they had at their last sign-in
 */
public record StaffMember(UUID id, String subject, String displayName, String email, Set<Role> roles) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }
}
