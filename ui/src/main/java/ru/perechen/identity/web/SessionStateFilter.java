package ru.perechen.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.identity.PerechenUser;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;

/**
 * Every request of an agency's person is checked against the state the application keeps (decision 40): an
 * agency deactivated, or a person the tenant admin disabled, is refused at the next request without waiting for
 * a new sign-in. A browser session is invalidated and the request goes on unauthenticated, so a page is sent to
 * Keycloak's sign-in — which refuses the disabled account — and Vaadin's own requests are answered 401, which
 * reloads the page; a bearer request goes on unauthenticated too and gets the API's 401.
 */
class SessionStateFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStateFilter.class);

    private final AgencyDirectory directory;
    private final StaffDirectory staff;

    SessionStateFilter(AgencyDirectory directory, StaffDirectory staff) {
        this.directory = directory;
        this.staff = staff;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        PerechenUser user = authentication == null ? null : switch (authentication.getPrincipal()) {
            case PerechenOidcUser browser -> browser.user();
            case PerechenUser bearer -> bearer;
            default -> null;
        };
        String refusal = user == null ? null : refusal(user);
        if (refusal != null) {
            log.info("Request of {} refused: {}", user.username(), refusal);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    /** Why the person may no longer act, or null. */
    private String refusal(PerechenUser user) {
        if (user.agencyId().isEmpty()) {
            return null;
        }
        AgencyId agency = user.agencyId().get();
        if (!directory.find(agency).map(AgencySummary::active).orElse(false)) {
            return "their agency is deactivated";
        }
        return TenantContext.callAsAgency(agency, () -> staff.isDisabled(user.subject())) ? "disabled by the tenant admin" : null;
    }
}
