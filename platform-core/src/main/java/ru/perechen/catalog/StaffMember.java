package ru.perechen.catalog;

import java.util.UUID;

/** A person of the agency: a Keycloak user ({@code subject}) who has signed in or was named by a preset. */
public record StaffMember(UUID id, String subject, String displayName, String email) {
}
