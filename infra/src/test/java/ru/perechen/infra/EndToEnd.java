package ru.perechen.infra;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What every end-to-end suite starts: the platform on free ports in a temporary folder, and Debian's Chromium. */
final class EndToEnd {

    static final Path SCREENSHOTS = Path.of(System.getProperty("perechen.e2e.screenshots", "target/screenshots"));

    private EndToEnd() {
    }

    static LocalPlatform platform(String name) throws IOException {
        Path work = Files.createTempDirectory(name);
        Files.createDirectories(SCREENSHOTS);
        return LocalPlatform.start(new LocalPlatform.Settings(
                Path.of(System.getProperty("perechen.keycloak.home")),
                Path.of(System.getProperty("perechen.keycloak.realm-file")),
                work, null, null,
                LocalPlatform.freePort(0), LocalPlatform.freePort(0), LocalPlatform.freePort(0),
                LocalPlatform.randomSecret(), LocalPlatform.randomSecret(), LocalPlatform.randomSecret()));
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("perechen.e2e.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Signs in through Keycloak's page as a demo user and waits for the application's layout. */
    static void logIn(Page page, LocalPlatform platform, String username) {
        page.navigate(platform.appUrl() + "/");
        page.locator("#username").fill(username);
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(platform.settings().demoPassword());
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(platform.appUrl()));
        page.locator("vaadin-app-layout").waitFor();
    }
}
