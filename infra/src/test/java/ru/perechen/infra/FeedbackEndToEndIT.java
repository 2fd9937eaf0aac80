package ru.perechen.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Act 004 end to end: the real Keycloak, the real application, Debian's Chromium. A client answers the
 * survey on a 390 px phone from a touchpoint's link, through both branches; screenshots in
 * {@code target/screenshots/feedback-*.png}.
 */
class FeedbackEndToEndIT {

    private static final Path SCREENSHOTS = EndToEnd.SCREENSHOTS;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalPlatform platform;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private String testName;

    @BeforeAll
    static void start_the_platform() throws IOException {
        platform = EndToEnd.platform("perechen-e2e-feedback");
        playwright = EndToEnd.playwright();
        browser = EndToEnd.chromium(playwright);
    }

    @AfterAll
    static void stop_the_platform() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @BeforeEach
    void new_browser(TestInfo info) {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void close_browser() {
        if (page != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("last-" + testName + ".png")).setFullPage(true));
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void a_client_answers_on_a_phone_in_person_and_then_online_after_a_refusal() throws Exception {
        phone();
        String reception = link("Личный прием");
        page.navigate(reception);
        assertThat(page.locator("#survey-touchpoint").innerText()).isEqualTo("Личный прием");
        screenshot("feedback-phone-step1");
        if (page.locator("input[name=measure]").count() > 0) {
            page.locator("input[name=measure]").first().check();
        }
        choose("way", "IN_PERSON");
        choose("applicant", "LEGAL");
        choose("provided", "true");
        page.locator("#survey-submit").click();
        page.locator("#politeness").waitFor();
        assertThat(page.locator("#interface").count()).as("online questions are not asked in person").isZero();
        assertThat(page.locator("#informed-after-refusal").count()).as("q.10 only after a refusal").isZero();
        choose("satisfied", "true");
        score("information", "5");
        score("documents", "4");
        score("politeness", "5");
        score("location", "2");
        assertThat(page.locator("#difficulty-location").isVisible()).as("a score of 1–3 asks about difficulties").isTrue();
        assertThat(page.locator("#difficulty-documents").isVisible()).isFalse();
        page.locator("#difficulty-location-text").fill("Далеко от остановки, нет парковки");
        score("timeliness", "4");
        screenshot("feedback-phone-step2-in-person");
        page.locator("#survey-submit").click();
        page.locator("#survey-thanks").waitFor();
        screenshot("feedback-phone-thanks");

        page.navigate(link("Официальный сайт"));
        if (page.locator("input[name=measure]").count() > 0) {
            page.locator("input[name=measure]").first().check();
        }
        choose("way", "ONLINE");
        choose("applicant", "INDIVIDUAL");
        choose("provided", "false");
        page.locator("#survey-submit").click();
        page.locator("#informed-after-refusal").waitFor();
        assertThat(page.locator("#politeness").count()).as("in-person questions are not asked online").isZero();
        page.locator("#survey-submit").click();
        page.locator("#survey-errors").waitFor();
        assertThat(page.locator("#survey-errors").innerText()).contains("ответьте, пожалуйста, на вопрос 9(21)");
        screenshot("feedback-phone-errors");
        choose("satisfied", "false");
        choose("informed-after-refusal", "false");
        for (String q : List.of("information", "documents", "interface", "status", "timeliness")) {
            score(q, "3");
        }
        page.locator("#survey-submit").click();
        page.locator("#survey-thanks").waitFor();
        assertThat(page.viewportSize().width).isEqualTo(390);
    }

    @Test
    void the_responsible_deputy_hands_out_links_types_a_paper_form_and_reads_the_analysis() {
        desktop();
        EndToEnd.logIn(page, platform, "minek.cc");
        page.navigate(platform.appUrl() + "/agency/minek-nso/feedback");
        page.locator("#feedback-links").waitFor();
        assertThat(page.locator("#feedback-links").innerText()).contains("Личный прием", "/feedback/minek-nso/");
        assertThat(page.locator("#letter-text textarea").inputValue()).contains("просим Вас пройти краткий опрос");
        screenshot("feedback-staff-links");

        page.navigate(platform.appUrl() + "/agency/minek-nso/feedback/entry");
        page.locator("#code-15").waitFor();
        for (String[] answer : new String[][] {{"15", "1"}, {"17", "2"}, {"19", "2"}, {"21", "2"}, {"22", "1"}, {"23", "3"},
            {"24", "2"}, {"25", "5"}, {"26", "4"}, {"29", "2"}}) {
            page.locator("#code-" + answer[0] + " input").fill(answer[1]);
        }
        page.locator("#difficulty-24 textarea, #difficulty-24 input").first().fill("Много документов, неясно какие нужны");
        screenshot("feedback-staff-paper-entry");
        page.locator("#entry-save").click();
        page.locator("#entry-count").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("1")).waitFor();
        assertThat(page.locator("#code-15 input").inputValue()).as("the form is cleared for the next one").isEmpty();

        page.navigate(platform.appUrl() + "/agency/minek-nso/feedback/analysis");
        page.locator("#analysis-parameters").waitFor();
        assertThat(page.locator("#analysis-parameters").innerText()).contains("1. Общая удовлетворенность",
                "9. Информация о необходимых действиях после отказа");
        assertThat(page.locator("#analysis-total").innerText()).startsWith("Отзывов за квартал:");
        assertThat(page.locator("#analysis-by-way").innerText()).contains("оффлайн (лично)", "онлайн");
        assertThat(page.locator("#analysis-difficulties").innerText()).contains("Много документов, неясно какие нужны");
        // the charts are drawn by ECharts in the browser: its canvas is there, not only the element
        page.locator("#analysis-chart[data-drawn=true] canvas").waitFor();
        page.locator("#analysis-history-chart[data-drawn=true] canvas").waitFor();
        screenshot("feedback-staff-analysis");
        page.locator("#analysis-chart").scrollIntoViewIfNeeded();
        page.locator("#analysis-chart").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("feedback-staff-analysis-chart.png")));
        page.locator("#analysis-history-chart").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("feedback-staff-analysis-history.png")));
    }

    @Test
    void a_unit_sends_its_quarterly_information_and_its_head_signs_it() {
        desktop();
        EndToEnd.logIn(page, platform, "minek.editor");
        page.navigate(platform.appUrl() + "/agency/minek-nso/feedback/reports");
        page.locator("#reports").waitFor();
        assertThat(page.locator("#reports").innerText()).contains("Отдел государственной поддержки", "не начата");
        page.locator("#reports a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Отдел государственной поддержки")).click();
        page.locator("#report-lines").waitFor();
        assertThat(page.locator("#report-heading").innerText()).contains("действующими в министерстве экономического развития");
        com.microsoft.playwright.Locator served = page.locator("#report-lines vaadin-integer-field input");
        int lines = served.count();
        assertThat(lines).isPositive();
        for (int i = 0; i < lines; i++) {
            served.nth(i).fill(String.valueOf(900 + i));
        }
        screenshot("feedback-unit-report-filled");
        page.locator("#report-submit").click();
        page.locator("#report-status").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("на подписи")).waitFor();
        assertThat(page.locator("#report-lines").innerText()).contains("900", "Итого");
        context.close();

        // the admin heads the demo units: they sign what the editor sent
        desktop();
        EndToEnd.logIn(page, platform, "minek.admin");
        page.navigate(platform.appUrl() + "/agency/minek-nso/feedback/reports");
        page.locator("#reports a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Отдел государственной поддержки")).click();
        page.locator("#report-sign").click();
        page.locator("#report-status").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("подписана")).waitFor();
        assertThat(page.locator("#report-signed").innerText()).startsWith("Подписал руководитель: Анна Админова");
        com.microsoft.playwright.Download xlsx = page.waitForDownload(() -> page.locator("[data-download=xlsx]").click());
        assertThat(xlsx.suggestedFilename()).startsWith("prilozhenie-2-").endsWith(".xlsx");
        screenshot("feedback-unit-report-signed");
        page.navigate(platform.appUrl() + "/agency/minek-nso/feedback/reports");
        page.locator("#reports").waitFor();
        assertThat(page.locator("#reports").innerText()).contains("подписана", "Анна Админова");
        screenshot("feedback-unit-reports");
    }

    @Test
    void staff_load_feedback_of_other_channels_from_a_csv_after_the_preview_shows_every_problem() {
        desktop();
        EndToEnd.logIn(page, platform, "minek.cc");
        page.navigate(platform.appUrl() + "/agency/minek-nso/feedback/entry");
        page.locator("#entry-import").click();
        page.locator("#feedback-import-upload").waitFor();
        com.microsoft.playwright.options.FilePayload csv = new com.microsoft.playwright.options.FilePayload("звонки.csv", "text/csv",
                ("Канал;Точка взаимодействия;5(15);19;21;23;29\n"
                        + "Телефон;Личный прием;Лично в органе власти;1;1;5;4\n"
                        + ";;Онлайн на сайте органа власти;2;2;2;1\n").getBytes(StandardCharsets.UTF_8));
        page.locator("#feedback-import-upload input[type=file]").setInputFiles(csv);
        page.locator("#feedback-import-summary").waitFor();
        assertThat(page.locator("#feedback-import-summary").innerText())
                .isEqualTo("Строк с отзывами: 2. Будут загружены: 1, с ошибками: 1, уже загружено: 0.");
        assertThat(page.locator("#feedback-import-rows").innerText()).contains("канал не указан");
        assertThat(page.locator("#feedback-import-confirm").isDisabled()).isTrue();
        screenshot("feedback-import-problems");

        page.locator("#feedback-import-channel").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Обращение по почтовому адресу")).first().click();
        page.locator("#feedback-import-summary").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Будут загружены: 2, с ошибками: 0")).waitFor();
        screenshot("feedback-import-preview");
        page.locator("#feedback-import-confirm").click();
        page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Загружено ответов: 2")).waitFor();

        page.locator("#feedback-import-upload input[type=file]").setInputFiles(csv);
        page.locator("#feedback-import-summary").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("уже загружено: 2")).waitFor();
        assertThat(page.locator("#feedback-import-hint").innerText()).contains("уже загружены");
        assertThat(page.locator("#feedback-import-confirm").isDisabled()).isTrue();
    }

    private void desktop() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1366, 860));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    private void score(String question, String value) {
        choose(question, value);
    }

    /** Ticks an option as a person does, by its label (the value only finds it). */
    private void choose(String question, String value) {
        page.locator("#" + question + " label.option:has(input[value='" + value + "'])").click();
    }

    private void phone() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(390, 844)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    private void screenshot(String name) {
        page.waitForTimeout(200);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The survey link of a touchpoint, as the API gives it to the responsible deputy (the link a QR code carries). */
    private static String link(String touchpoint) throws Exception {
        String bearer = token("minek.cc");
        HttpResponse<String> links = HTTP.send(HttpRequest.newBuilder(URI.create(platform.appUrl() + "/api/v1/feedback/touchpoints"))
                .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(links.statusCode()).as(links.body()).isEqualTo(200);
        for (JsonNode link : JsonMapper.builder().build().readTree(links.body())) {
            if (link.get("touchpoint").asString().equals(touchpoint)) {
                return link.get("surveyUrl").asString();
            }
        }
        throw new AssertionError("no link for " + touchpoint + ": " + links.body());
    }

    private static String token(String username) throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", "perechen-cli", "username", username,
                        "password", platform.settings().demoPassword(), "scope", "openid organization")
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(platform.keycloak().issuer()
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
