package ru.perechen.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.perechen.identity.PerechenUser;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Allowed;
import ru.perechen.tenancy.Role;

/** {@code GET /api/v1/me}: who the bearer token belongs to, as Perechen understands it. */
@RestController
@RequestMapping("/api/v1")
@Allowed(Access.SIGNED_IN)
@Tag(name = "Учётная запись", description = "Who the token belongs to")
class MeController {

    @GetMapping("/me")
    @Operation(summary = "The caller as Perechen understands the token: roles, agency, region (needs no role)")
    Me me(@AuthenticationPrincipal PerechenUser user) {
        return new Me(
                user.subject(), user.username(), user.displayName(), user.email(),
                user.roles().stream().sorted().map(Role::keycloakName).toList(),
                user.agencySummary().map(a -> new Me.Agency(a.slug(), a.shortName(), a.fullName())).orElse(null),
                user.regionSummary().map(r -> new Me.Region(r.code(), r.name())).orElse(null));
    }

    record Me(String subject, String username, String name, String email, List<String> roles, Agency agency,
              Region region) {

        record Agency(String slug, String shortName, String fullName) {
        }

        record Region(String code, String name) {
        }
    }
}
