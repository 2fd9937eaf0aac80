package ru.perechen.uitest;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One in-process OIDC provider for the tests that boot the application: started once, stopped with
 * the JVM, its issuer handed to the application as {@code perechen.issuer-uri}.
 */
public final class MockIssuer {

    public static final String ISSUER = "perechen";
    public static final MockOAuth2Server SERVER = started();

    private MockIssuer() {
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("perechen.issuer-uri", () -> SERVER.issuerUrl(ISSUER).toString());
    }
}
