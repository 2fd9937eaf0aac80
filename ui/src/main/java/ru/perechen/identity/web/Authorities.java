package ru.perechen.identity.web;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import ru.perechen.identity.PerechenUser;

/** The one mapping of Keycloak realm roles to Spring authorities, for the UI and the API alike. */
final class Authorities {

    private Authorities() {
    }

    static Collection<GrantedAuthority> of(PerechenUser user) {
        return List.copyOf(user.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
