package ru.perechen.identity.web;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.identity.UserResolver;
import ru.perechen.tenancy.AgencyDirectory;

/**
 * Two chains: {@code /api/**} is a stateless JWT resource server; everything else is the Vaadin UI
 * with OIDC login against Keycloak and RP-initiated logout. Both map Keycloak's claims the same way.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * The open pages of agencies and the public API: no sign-in, no session, read-only (GET); they may be
     * framed by the agencies' sites, since they carry no actions to trick anyone into.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/agencies/**", "/api/public/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(org.springframework.http.HttpMethod.GET, "/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src 'self'; img-src 'self'; "
                                + "frame-ancestors *; base-uri 'none'; form-action 'none'")))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The survey form of act 004: no sign-in and no session, GET and the form's POST (its key is signed by
     * the page that showed it, so no CSRF cookie is needed); never framed, scripts only the form's own.
     */
    @Bean
    @Order(0)
    SecurityFilterChain surveySecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/feedback/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(org.springframework.http.HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src 'self'; "
                        + "script-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The API: a signed-in caller for everything but its description; which roles each operation needs is
     * checked per operation ({@code @Allowed}, decision 28). A missing or bad token is a 401 problem.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, UserResolver resolver,
                                    @Qualifier("apiAuthenticationEntryPoint") AuthenticationEntryPoint unauthorized,
                                    AgencyDirectory directory, StaffDirectory staff) throws Exception {
        http.addFilterBefore(new SessionStateFilter(directory, staff), AuthorizationFilter.class);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/docs", "/api/docs/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.authenticationEntryPoint(unauthorized).jwt(jwt -> jwt.jwtAuthenticationConverter(
                        token -> new PerechenJwtAuthentication(token, resolver.resolve(KeycloakClaims.read(token.getClaims()))))))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, PerechenOidcUserService oidcUserService,
                                   ClientRegistrationRepository registrations, AgencyDirectory directory, StaffDirectory staff)
            throws Exception {
        http.addFilterBefore(new SessionStateFilter(directory, staff), AuthorizationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles.css", "/icons/**", "/public/**", "/error").permitAll());
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(russianFirst(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService)));
        http.with(vaadin(), vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/keycloak", "{baseUrl}"));
        return http.build();
    }

    /** Keycloak's login page speaks the person's chosen language (Russian unless they chose English). */
    private static OAuth2AuthorizationRequestResolver russianFirst(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(builder -> builder.additionalParameters(params -> {
            HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
            boolean english = request.getCookies() != null && Arrays.stream(request.getCookies())
                    .anyMatch(c -> "perechen-lang".equals(c.getName()) && "en".equals(c.getValue()));
            params.put("ui_locales", english ? "en" : "ru");
        }));
        return resolver;
    }
}
