package ru.perechen.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ru.perechen.tenancy.Role;

/**
 * One person of the agency as the staff page lists them.
 *
 * @param subject    the identity provider's id of the person
 * @param login      the login of their last sign-in; null, as {@code lastSignIn}, when they have not signed in yet
 * @param lastSignIn the last sign-in through the identity provider; null when the person has not signed in yet
 *                   (named by a preset, say)
 * @param disabled   disabled by the tenant admin: refused at their next request, and Keycloak refuses their sign-in
 */
public record Person(UUID id, String subject, String login, String name, String email, Set<Role> roles, List<Membership> units, Instant lastSignIn,
                     boolean disabled) {

    public Person {
        roles = Set.copyOf(roles);
        units = List.copyOf(units);
    }

    /** A unit the person works in, and whether they head it. */
    public record Membership(UUID unitId, String unit, boolean head) {
    }
}
