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
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;

/**
 * A browser session ends at its next request once its agency is deactivated (decision 40): the session is
 * invalidated and the request goes on unauthenticated, so a page is sent to Keycloak's sign-in — which refuses
 * the agency's disabled accounts — and Vaadin's own requests are answered 401, which reloads the page. The API
 * needs no such check: every bearer request is resolved anew, and a deactivated agency resolves to none.
 */
class SessionStateFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStateFilter.class);

    private final AgencyDirectory directory;

    SessionStateFilter(AgencyDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PerechenOidcUser user) {
            boolean ended = user.agencyId().map(id -> directory.find(id).map(AgencySummary::active).orElse(false)).map(active -> !active)
                    .orElse(false);
            if (ended) {
                log.info("Session of {} ended: their agency is deactivated", user.user().username());
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
