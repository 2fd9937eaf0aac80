package ru.perechen.uitest;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.admin.SeedAgencies;
import ru.perechen.identity.PerechenPrincipal;
import ru.perechen.identity.PerechenUser;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Views without a browser, on the seeded demo agencies, signed in as one of their demo users the way
 * the OIDC login signs them in. Every subclass shares one application context (and so one database):
 * each test class works on an agency the others leave alone.
 */
@SpringBootTest(properties = "perechen.demo-data.enabled=true")
public abstract class BrowserlessAgencyTest extends SpringBrowserlessTest {

    @Autowired protected AgencyDirectory directory;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    /** Signs in as a demo user, e.g. {@code dizo.admin}. */
    protected void signIn(String username) {
        String prefix = username.substring(0, username.indexOf('.'));
        String suffix = username.substring(username.indexOf('.') + 1);
        String slug = SeedAgencies.PREFIXES.entrySet().stream().filter(e -> e.getValue().equals(prefix))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        signIn(username, SeedAgencies.PEOPLE.get(suffix), slug, Set.of(SeedAgencies.ROLES.get(suffix)));
    }

    /** Signs in as a member of an agency's organization with these realm roles (none at all, too). */
    protected void signIn(String username, String name, String slug, Set<Role> roles) {
        var agency = directory.findBySlug(slug).orElseThrow();
        PerechenUser user = new PerechenUser(SeedAgencies.subjectOf(username), username, name, null,
                roles, agency, directory.findRegion(agency.regionId()).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedIn(user), null, roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    /** Signs in as a regional coordinator of the region with this code. */
    protected void signInCoordinator(String regionCode) {
        signInAs(new PerechenUser("coord-" + regionCode, "coord.test", "Координатор", null, Set.of(Role.REGIONAL_COORDINATOR), null,
                directory.findRegionByCode(regionCode).orElseThrow()));
    }

    /** Signs in as this user, with the authorities of their roles. */
    protected void signInAs(PerechenUser user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedIn(user), null, user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    /**
     * Waits for a component that a page shows once its figures are counted off the request thread: the browser
     * would poll; the test runs the UI's pending work until the component is there (30 s at most).
     */
    protected void awaitComponent(String id) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while ($(com.vaadin.flow.component.Component.class).all().stream().noneMatch(c -> id.equals(c.getId().orElse(null)))) {
            org.assertj.core.api.Assertions.assertThat(System.nanoTime()).as("«" + id + "» within 30 s").isLessThan(until);
            roundTrip();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    /** The browser session's principal as the OIDC login makes it. */
    private record SignedIn(PerechenUser user) implements TenantPrincipal, PerechenPrincipal {
        public Optional<AgencyId> agencyId() { return user.agencyId(); }
        public Optional<RegionId> coordinatedRegion() { return user.coordinatedRegion(); }
        public Set<Role> roles() { return user.roles(); }
        public String actorId() { return user.actorId(); }
        public String actorName() { return user.actorName(); }
    }
}
