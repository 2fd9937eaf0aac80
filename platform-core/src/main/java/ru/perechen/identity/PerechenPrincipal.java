package ru.perechen.identity;

/** A security principal that carries the resolved {@link PerechenUser} (the browser session's OIDC user). */
public interface PerechenPrincipal {

    PerechenUser user();
}
