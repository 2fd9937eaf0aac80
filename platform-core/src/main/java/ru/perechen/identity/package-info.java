/**
 * Identity: who the signed-in person is, as the identity provider (Keycloak) says — their agency
 * (organization), region (coordinators) and realm roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package ru.perechen.identity;
