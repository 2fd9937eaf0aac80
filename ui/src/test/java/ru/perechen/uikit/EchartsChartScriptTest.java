package ru.perechen.uikit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.admin.SeedAgencies;
import ru.perechen.uitest.MockIssuer;

/**
 * The ECharts script of {@link EchartsChart} as the browser fetches it. The webjar's own path is refused by
 * the UI's security chain (to a visitor, and to a signed-in person too), so the analysis page hands the
 * script out as its charts' resource through the Vaadin session: the signed-in cc-deputy opens the page
 * (Vaadin's init request) and fetches the script from the address the chart carries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "perechen.demo-data.enabled=true")
class EchartsChartScriptTest {

    private static final String ROUTE = "agency/minek-nso/feedback/analysis";
    private static final Pattern SCRIPT = Pattern.compile("VAADIN/dynamic/resource/[^\"\\\\]+/echarts\\.min\\.js");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    @Test
    void the_analysis_page_serves_the_webjars_script_to_its_own_session() throws Exception {
        String webjar = url(EchartsChart.WEBJAR);
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> visitor = anonymous.send(HttpRequest.newBuilder(URI.create(webjar)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(visitor.statusCode()).isEqualTo(302);
        assertThat(visitor.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/oauth2/authorization/keycloak"));

        // signs in through the mock identity provider (it grants at once) as Минэкономразвития НСО's cc-deputy
        MockIssuer.SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(MockIssuer.ISSUER, SeedAgencies.subjectOf("minek.cc"),
                JOSEObjectType.JWT.getType(), List.of("perechen-ui"), Map.of("preferred_username", "minek.cc", "name", "Елена Ковалёва",
                "organization", List.of("minek-nso"), "realm_access", Map.of("roles", List.of("cc-deputy"))), 3600));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> signedIn = get(browser, url("oauth2/authorization/keycloak"));
        assertThat(signedIn.statusCode()).as("back at the application, signed in").isEqualTo(200);
        assertThat(get(browser, webjar).statusCode()).as("the UI chain refuses the webjar's path even when signed in").isEqualTo(403);

        // the page as Vaadin's client opens it: the init request makes the UI, the navigation event shows the route
        HttpResponse<String> init = get(browser, url("?v-r=init&location=" + URLEncoder.encode(ROUTE, StandardCharsets.UTF_8)));
        assertThat(init.statusCode()).isEqualTo(200);
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
        assertThat(key.find()).isTrue();
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + ROUTE + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url("?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("analysis-parameters", "analysis-chart", EchartsChart.SCRIPT_ATTRIBUTE);
        Matcher address = SCRIPT.matcher(page.body());
        assertThat(address.find()).as("the chart carries the script's address").isTrue();
        HttpResponse<String> served = get(browser, url(address.group()));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(served.body()).hasSizeGreaterThan(500_000).contains("echarts", "5.3.1");
        assertThat(get(anonymous, url(address.group())).statusCode()).as("not to another session").isNotEqualTo(200);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
