package ru.perechen.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.perechen.identity.PerechenUser;
import ru.perechen.identity.PerechenPrincipal;

/** The signed-in person of the current browser session. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<PerechenUser> get() {
        return authentication.getAuthenticatedUser(PerechenPrincipal.class).map(PerechenPrincipal::user);
    }

    public void logout() {
        authentication.logout();
    }
}
