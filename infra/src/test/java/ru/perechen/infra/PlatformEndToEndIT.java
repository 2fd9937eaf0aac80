package ru.perechen.infra;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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

/**
 * What people do, end to end: the real Keycloak distribution, the real application with an embedded
 * PostgreSQL, and Debian's Chromium. One screenshot per role lands in {@code target/screenshots}.
 */
class PlatformEndToEndIT {

    private static final Path SCREENSHOTS = EndToEnd.SCREENSHOTS;
    private static LocalPlatform platform;
    private static Playwright playwright;
    private static Browser browser;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BrowserContext context;
    private Page page;
    private String testName;

    @BeforeAll
    static void start_the_platform() throws IOException {
        platform = EndToEnd.platform("perechen-e2e");
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
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1366, 860));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void close_browser() {
        // what the page showed last, for reading a failure afterwards
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("last-" + testName + ".png")).setFullPage(true));
        context.close();
    }

    @Test
    void an_agency_admin_sees_their_agency_and_its_profile_in_russian() {
        logIn("mpt.admin");
        assertThat(page).hasURL(Pattern.compile(".*/agency/minpromtorg-nso.*"));
        assertThat(page.locator("#current-agency")).hasText("Минпромторг НСО");
        assertThat(page.locator("#user-name")).hasText("Анна Админова");
        assertThat(page.locator("#user-role")).hasText("Администратор органа");
        assertThat(navigation()).containsExactly("Орган власти", "Перечень", "Запросы на изменение", "Редакции Перечня", "Сроки размещения", "Актуализация",
                "Структурные подразделения", "Направления деятельности",
                "Реестр процессов", "Потребности клиентов", "Точки взаимодействия",
                "Колонки Перечня", "Порядок согласования", "Замещения", "Профиль органа", "Сотрудники", "Размещение на сайте",
                "Обратная связь", "Ввод анкет", "Информация подразделений", "Анкета", "Анализ удовлетворенности", "Журнал изменений");
        assertThat(page.locator("#agency-profile")).containsText("Ковалёва Елена Сергеевна");
        screenshot("tenant-admin");
        // the staff page: everyone with units and roles, this sign-in's time, and who is missing
        page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Сотрудники")).click();
        assertThat(page.locator("#people")).containsText("Анна Админова");
        assertThat(page.locator("#people")).containsText("mpt.admin");
        assertThat(page.locator("#people")).containsText("Администратор органа");
        assertThat(page.locator("#people")).containsText(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(page.locator("#people-warnings")).isVisible();
        screenshot("tenant-admin-people");

        // a person disabled while signed in: their next action is refused, and Keycloak does not let them back in
        BrowserContext viewerSession = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
        try {
            Page viewer = viewerSession.newPage();
            logIn(viewer, "mpt.viewer");
            viewer.navigate(platform.appUrl() + "/agency/minpromtorg-nso/list");
            assertThat(viewer.locator("vaadin-app-layout")).isVisible();
            page.locator("vaadin-button[data-action=disable-person][aria-label$='Мария Наблюдаева']").click();
            page.locator("#person-state-confirm vaadin-button[slot=confirm-button]").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("Сотрудник «Мария Наблюдаева» отключён");
            assertThat(page.locator("#people")).containsText("Отключён");
            screenshot("tenant-admin-person-disabled");
            viewer.navigate(platform.appUrl() + "/agency/minpromtorg-nso/list");
            viewer.locator("#username, #password, #kc-page-title").first().waitFor();
            assertThat(viewer).not().hasURL(Pattern.compile(Pattern.quote(platform.appUrl()) + ".*"));
        } finally {
            viewerSession.close();
        }
        page.locator("vaadin-button[data-action=enable-person][aria-label$='Мария Наблюдаева']").click();
        page.locator("#person-state-confirm vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Сотрудник «Мария Наблюдаева» включён");
    }

    @Test
    void a_tenant_admin_changes_the_profile_and_bad_input_is_refused_with_a_message() {
        logIn("dizo.admin");
        page.navigate(platform.appUrl() + "/agency/dizo-nso/settings");
        page.locator("#contact-email input").fill("не почта");
        page.locator("#save").click();
        assertThat(page.locator("#contact-email")).containsText("Укажите адрес электронной почты");
        assertThat(page.locator("vaadin-notification-card[theme~='error']")).containsText("Исправьте отмеченные поля");
        page.locator("#contact-email input").fill("priem@dizo.example.ru");
        page.locator("#save").click();
        assertThat(page.locator("vaadin-notification-card[theme~='success']")).containsText("Профиль сохранён");
        assertThat(page.locator("vaadin-notification-card[theme~='error']")).hasCount(0);
        screenshot("tenant-admin-settings");

        page.navigate(platform.appUrl() + "/agency/dizo-nso/publication");
        assertThat(page.locator("#documents-url input")).hasValue("https://dizo.nso.ru/documents");
        page.locator("#documents-url input").fill("https://dizo-nso.example.com/docs");
        page.locator("#deadline input").fill("4");
        page.locator("#save-publication").click();
        assertThat(page.locator("#documents-url")).containsText("Раздел «Документы» должен быть на официальном сайте органа");
        page.locator("#documents-url input").fill("https://dizo.nso.ru/documents/klientocentrichnost");
        page.locator("#hide-internal input").check();
        page.locator("#save-publication").click();
        assertThat(page.locator("vaadin-notification-card[theme~='success']").last()).containsText("Настройки размещения сохранены");
        screenshot("tenant-admin-publication");
        page.navigate(platform.appUrl() + "/agency/dizo-nso");
        assertThat(page.locator("#agency-profile")).containsText("priem@dizo.example.ru");
        assertThat(page.locator("#agency-profile")).containsText("4 раб. дн.");
    }

    @Test
    void a_tenant_admin_keeps_the_client_needs_and_every_change_lands_in_the_audit() {
        logIn("dizo.admin");
        page.navigate(platform.appUrl() + "/agency/dizo-nso/needs");
        var grid = page.locator("#client-needs");
        assertThat(grid).containsText("Предоставление объектов для осмотра (проверки)");
        assertThat(grid).containsText("Другие удовлетворяемые потребности клиента");

        page.locator("#add-need").click();
        page.locator("#need-save").click();
        assertThat(page.locator("#need-name")).containsText("Укажите наименование");
        page.locator("#need-name textarea").fill("  получение   КОНСУЛЬТАЦИИ ");
        page.locator("#need-save").click();
        assertThat(page.locator("#need-name")).containsText("уже есть в списке");
        page.locator("#need-name textarea").fill("Получение выписки из реестра");
        page.locator("#need-save").click();
        assertThat(grid).containsText("Получение выписки из реестра");
        assertThat(page.locator("#need-name")).hasCount(0);

        var row = page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Получение выписки из реестра"));
        assertThat(row).hasCount(1);
        page.locator("[data-action='retire']").last().click();
        assertThat(grid).containsText("Выведено из употребления");
        screenshot("tenant-admin-needs");

        page.navigate(platform.appUrl() + "/agency/dizo-nso/groups");
        page.locator("#process-groups [data-action='edit']").first().click();
        page.locator("#group-print-title textarea").fill("Государственные услуги департамента");
        page.locator("#group-save").click();
        assertThat(page.locator("#process-groups")).containsText("Государственные услуги департамента");
        screenshot("tenant-admin-groups");

        page.navigate(platform.appUrl() + "/agency/dizo-nso/audit");
        var audit = page.locator("#audit");
        assertThat(audit).containsText("Получение выписки из реестра");
        assertThat(audit).containsText("вывод из употребления");
        assertThat(audit).containsText("Направление деятельности");
        assertThat(audit).containsText("Анна Админова");
        assertThat(page.locator("#audit-chain")).containsText("Цепочка записей цела");
        assertThat(audit).containsText("вход в систему");
        page.locator("#audit-text input").fill("выписки");
        assertThat(audit).containsText("Получение выписки из реестра");
        // the grid keeps the cells of rows it no longer shows: only the visible ones count
        assertThat(page.locator("#audit vaadin-grid-cell-content:visible").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Колонки Перечня"))).hasCount(0);
        screenshot("tenant-admin-audit");
    }

    @Test
    void a_tenant_admin_builds_the_unit_tree_and_cannot_close_a_unit_with_open_sub_units() {
        logIn("mpt.admin");
        page.navigate(platform.appUrl() + "/agency/minpromtorg-nso/units");
        var tree = page.locator("#org-units");
        assertThat(tree).containsText("Отдел развития промышленности");
        assertThat(tree).containsText("Ольга Начальникова");

        page.locator("#add-unit").click();
        page.locator("#unit-name input").fill("Отдел развития промышленности");
        page.locator("#unit-save").click();
        assertThat(page.locator("#unit-name")).containsText("уже есть в списке");
        page.locator("#unit-name input").fill("Отдел торговли");
        page.locator("#unit-parent input").fill("Управление промышленной");
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Управление промышленной политики")).first().click();
        page.locator("#unit-head input").fill("Ольга");
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Ольга Начальникова")).first().click();
        page.locator("#unit-save").click();
        assertThat(tree).containsText("Отдел торговли");

        page.locator("#org-units [data-action='close'][aria-label$=': Управление промышленной политики']").click();
        assertThat(page.locator("vaadin-notification-card[theme~='error']")).containsText("Сначала закройте или перенесите");
        screenshot("tenant-admin-units");

        page.navigate(platform.appUrl() + "/agency/minpromtorg-nso/audit");
        assertThat(page.locator("#audit")).containsText("Отдел торговли");
        assertThat(page.locator("#audit")).containsText("Структурное подразделение");
    }

    @Test
    void a_tenant_admin_adds_a_process_with_its_bases_and_excludes_it_with_the_act() {
        logIn("gsn.admin");
        page.navigate(platform.appUrl() + "/agency/gsn-nso/processes");
        var registry = page.locator("#process-registry");
        assertThat(registry).containsText("Региональный государственный строительный надзор");
        assertThat(registry).containsText("все подразделения (единообразно)");

        page.locator("#add-process").click();
        page.locator("#process-name textarea").fill("Выдача разрешений на ввод объектов в эксплуатацию");
        page.locator("#process-group input").fill("Осуществление");
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Осуществление государственного контроля")).first().click();
        page.locator("#process-kind").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Контрольная (надзорная) функция")).first().click();
        page.locator("#process-save").click();
        assertThat(page.locator("#process-units")).containsText("Укажите подразделения");
        page.locator("#process-uniform input").check();
        page.locator("#add-basis").click();
        page.locator("#process-bases .basis-row vaadin-select").first().click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Нормативный правовой акт")).first().click();
        page.locator("#process-bases .basis-row vaadin-text-field input").nth(0).fill("Градостроительный кодекс Российской Федерации");
        page.locator("#process-bases .basis-row vaadin-text-field input").nth(1).fill("190-ФЗ");
        page.locator("#process-bases .basis-row vaadin-text-field input").nth(2).fill("кодекс точка рф");
        page.locator("#process-save").click();
        assertThat(page.locator("#process-bases")).containsText("Основание 1: «кодекс точка рф» — не адрес в интернете");
        screenshot("tenant-admin-process-dialog");
        page.locator("#process-bases .basis-row vaadin-text-field input").nth(2).fill("https://www.consultant.ru/document/cons_doc_LAW_51040/");
        page.locator("#process-save").click();
        assertThat(registry).containsText("Выдача разрешений на ввод объектов в эксплуатацию");
        assertThat(registry).containsText("№ 190-ФЗ");

        // including the process is a ground to update the list: a task for every unit, since it is run uniformly
        page.navigate(platform.appUrl() + "/agency/gsn-nso/review");
        assertThat(page.locator("#review-tasks")).containsText("Выдача разрешений на ввод объектов в эксплуатацию");
        assertThat(page.locator("#review-tasks")).containsText("Процесс включён в реестр: добавьте его точки взаимодействия");
        screenshot("tenant-admin-review");
        page.navigate(platform.appUrl() + "/agency/gsn-nso/processes");
        page.locator("[data-action='exclude'][aria-label$=': Выдача разрешений на ввод объектов в эксплуатацию']").click();
        page.locator("#exclude-save").click();
        assertThat(page.locator("#excluded-on")).containsText("Укажите дату исключения");
        page.locator("#excluded-on input").fill("15.01.2026");
        page.locator("#excluded-on input").press("Enter");
        page.locator("#excluded-by-act input").fill("Приказ от 15.01.2026 № 4");
        page.locator("#exclude-save").click();
        assertThat(registry).containsText("Исключён 15.01.2026");
        screenshot("tenant-admin-registry");
    }

    @Test
    void a_tenant_admin_adds_a_touchpoint_and_its_address_is_checked_against_the_channel() {
        logIn("minek.admin");
        page.navigate(platform.appUrl() + "/agency/minek-nso/touchpoints");
        var catalogue = page.locator("#touchpoints");
        assertThat(catalogue).containsText("Единый портал государственных услуг (ЕПГУ)");
        page.locator("#add-touchpoint").click();
        page.locator("#touchpoint-name input").fill("Чат-бот поддержки предпринимателей");
        page.locator("#touchpoint-type").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Официальный сайт")).first().click();
        page.locator("#touchpoint-address input").fill("мой бизнес точка рф");
        page.locator("#touchpoint-save").click();
        assertThat(page.locator("#touchpoint-address")).containsText("не ссылка");
        page.locator("#touchpoint-address input").fill("https://mbnso.ru/chat");
        page.locator("#touchpoint-save").click();
        assertThat(catalogue).containsText("Чат-бот поддержки предпринимателей");
        assertThat(catalogue).containsText("Цифровая");
        screenshot("tenant-admin-touchpoints");
    }

    @Test
    void a_tenant_admin_builds_the_000_chain_from_scratch_and_it_equals_the_preset() {
        logIn("mpt.admin");
        page.navigate(platform.appUrl() + "/agency/minpromtorg-nso/approval-chain");
        var route = page.locator("#chain-route");
        assertThat(route).containsText("Курирующий заместитель");
        String[] preset = route.locator("li").allInnerTexts().toArray(String[]::new);
        assertThat(page.locator("#chain-status")).containsText("Действующая редакция № 1");

        for (int left = page.locator(".chain-step").count(); left > 0; left--) {
            page.locator("#step-1-remove").click();
            assertThat(page.locator(".chain-step")).hasCount(left - 1);
        }
        assertThat(page.locator("#chain-findings")).containsText("Нужен хотя бы один этап согласования");
        addStep(1, "Руководитель подразделения, ответственного за процесс", null);
        addStep(2, "Курирующий заместитель", null);
        addStep(3, "Сотрудник с ролью", null);
        page.locator("#save-chain").click();
        assertThat(page.locator("#step-3-role")).containsText("Этап 3: выберите роль");
        chooseOption("#step-3-role", "Заместитель, ответственный за клиентоцентричность");

        // one person alone at two steps is shown at once, with the processes concerned
        addStep(4, "Конкретный сотрудник", "Елена Ковалёва");
        assertThat(page.locator("#chain-findings")).containsText("Елена Ковалёва — единственный согласующий и на этапе 3, и на этапе 4");
        page.locator("#step-4-remove").click();
        assertThat(page.locator("#chain-findings")).containsText("Для каждого процесса реестра на каждом этапе есть согласующий");
        if (page.locator("#act-required input").isChecked()) {
            page.locator("#act-required input").uncheck();
        }
        assertThat(route.locator("li")).hasText(preset);
        page.locator("#save-chain").click();
        assertThat(page.locator("#chain-status")).containsText("Действующая редакция № 2");

        page.reload();
        assertThat(page.locator("#chain-status")).containsText("Действующая редакция № 2");
        assertThat(route.locator("li")).hasText(preset);
        assertThat(page.locator("#step-1-due input")).hasValue("3");
        assertThat(page.locator("#chain-history")).containsText("Анна Админова");
        screenshot("tenant-admin-approval-chain");
    }

    @Test
    void a_change_request_walks_the_000_chain_with_three_approvers_and_becomes_a_new_version_with_its_diff() {
        // the editor of Минпромторг НСО reads the list in force and drafts a request
        logIn("mpt.editor");
        page.navigate(platform.appUrl() + "/agency/minpromtorg-nso/list");
        assertThat(page.locator("#list-version")).containsText("Действующая редакция № 1");
        assertThat(page.locator("#touchpoint-list")).containsText("Предоставление грантов субъектам малого и среднего предпринимательства");
        assertThat(page.locator("#rules-panel")).containsText("Проверка по Порядку");
        page.locator("#rules-panel vaadin-details-summary").click();
        assertThat(page.locator("#group-counts")).containsText("1. Предоставление мер государственной поддержки — 12");
        page.locator("#rules-panel [data-rule='ROW_WITHOUT_BASIS']").click();
        assertThat(page.locator("#rule-findings")).containsText("п. 2.5 Порядка");
        screenshot("list");
        page.locator("#rule-findings .rule-subject-link").first().click();
        assertThat(page.locator("#list-count")).containsText("из 35");
        page.locator("#show-all-rows").click();
        assertThat(page.locator("#list-count")).hasText("Строк: 35");
        page.locator("#list-search input").fill("грантов");
        assertThat(page.locator("#list-count")).containsText("из");
        page.locator("#new-request").click();
        page.locator("#request-title input").fill("Электронная почта для промышленных парков");
        page.locator("#request-create").click();
        assertThat(page.locator("#request-header")).containsText("Черновик");

        page.locator("#add-row").click();
        page.locator("#row-save").click();
        assertThat(page.locator("#row-process")).containsText("Выберите процесс из реестра");
        comboBox("#row-process", "Присвоение статуса регионального промышленного парка");
        comboBox("#row-touchpoint", "Электронная почта");
        page.locator("#row-save").click();
        assertThat(page.locator("#row-needs")).containsText("Отметьте хотя бы одну удовлетворяемую потребность");
        page.locator("#need-2 input").check();
        page.locator("#need-2-interaction input").fill("Консультирование по требованиям к промышленным паркам");
        page.locator("#row-save").click();
        assertThat(page.locator("#request-diff")).containsText("Добавлена");
        assertThat(page.locator("#request-diff")).containsText("Консультирование по требованиям к промышленным паркам");

        // a row of the list in force is modified from the list itself
        page.locator("#pick-rows").click();
        assertThat(page.locator("#select-banner")).containsText("Выберите строки для запроса");
        page.locator("#list-search input").fill("грантов личный");
        assertThat(page.locator("#list-count")).hasText("Строк: 1 из 35");
        page.locator("[data-action='modify-row']").first().click();
        page.locator("#row-specifics textarea").fill("по предварительной записи, пн–чт");
        page.locator("#row-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Изменение строки добавлено в запрос");
        page.locator("#select-banner a").click();
        assertThat(page.locator("#request-diff")).containsText("Изменена");
        assertThat(page.locator("#request-diff")).containsText("по предварительной записи, пн–чт");

        assertThat(page.locator("#request-result vaadin-details-summary")).containsText("строк 36, изменённые и добавленные (2) выделены");
        page.locator("#request-result vaadin-details-summary").click();
        assertThat(page.locator("#request-result-grid")).containsText("Предоставление мер государственной поддержки");
        screenshot("request-draft");

        page.locator("#submit-request").click();
        assertThat(page.locator("#request-note")).containsText("Порядок органа требует пояснительную записку");
        page.locator("#request-note textarea").fill("Министерство консультирует по промышленным паркам по электронной почте; "
                + "уточнены часы личного приема по грантам.");
        page.locator("#submit-request").click();
        assertThat(page.locator("#request-header")).containsText("На согласовании");
        assertThat(page.locator("#request-route")).containsText("Ольга Начальникова");
        String requestUrl = page.url();
        screenshot("request-submitted");

        // unit head → supervising deputy → client-centricity deputy, each in their own browser
        approveAs("mpt.head", requestUrl, true);
        approveAs("mpt.deputy", requestUrl, false);
        BrowserContext ccContext = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1366, 860));
        try {
            Page cc = ccContext.newPage();
            logIn(cc, "mpt.cc");
            cc.navigate(requestUrl);
            cc.locator("#approve-request").click();
            cc.locator("#decision-confirm").click();
            assertThat(cc.locator("#request-header")).containsText("Согласован");
            cc.locator("#enact-request").click();
            cc.locator("#act-number input").fill("112-п");
            cc.locator("#act-date input").fill("30.11.2026");
            cc.locator("#act-date input").press("Enter");
            cc.locator("#enact-confirm").click();
            assertThat(cc.locator("#request-header")).containsText("Введён в действие");
            assertThat(cc.locator("#request-facts")).containsText("приказом от 30.11.2026 № 112-п");
            assertThat(cc.locator("vaadin-dialog-overlay")).hasCount(0);
            // only the specifics changed: the needs keep their order and are not shown as changed
            assertThat(cc.locator("#request-diff")).not().containsText("Удовлетворяемые потребности: Представление");
            assertThat(cc.locator("#request-diff")).containsText("Особенности взаимодействия: (пусто) → по предварительной записи, пн–чт");
            cc.waitForTimeout(400);
            cc.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("request-enacted.png")).setFullPage(true));

            // the signed scan follows; once attached it is part of the record: a correction goes beside it
            cc.locator("#attach-scan input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "Приказ 112-п.pdf", "application/pdf", "%PDF-1.7 приказ 112-п".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(cc.locator("#act-scans")).containsText("Приказ 112-п.pdf");
            cc.locator("#correct-scan").click();
            cc.locator("#correction-reason textarea").fill("В скане не было листа согласования");
            cc.locator("#correction-scan input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "Приказ 112-п, полный.pdf", "application/pdf",
                    "%PDF-1.7 приказ 112-п с листом согласования".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(cc.locator("#correction-scan")).containsText("Приказ 112-п, полный.pdf");
            cc.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("request-scan-correction.png")));
            cc.locator("#correction-confirm").click();
            assertThat(cc.locator("#act-scans")).containsText("прежний скан, сохранён в записи");
            assertThat(cc.locator("#act-scans")).containsText("В скане не было листа согласования");
            cc.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("request-scan-corrected.png")).setFullPage(true));

            cc.navigate(platform.appUrl() + "/agency/minpromtorg-nso/versions");
            assertThat(cc.locator("#versions")).containsText("Редакция № 2");
            assertThat(cc.locator("#diff-summary")).hasText("Добавлено строк: 1, исключено: 0, изменено: 1");
            assertThat(cc.locator("#version-diff")).containsText("Присвоение статуса регионального промышленного парка");
            assertThat(cc.locator("#version-diff")).containsText("по предварительной записи, пн–чт");
            cc.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("versions-diff.png")).setFullPage(true));
            cc.navigate(platform.appUrl() + "/agency/minpromtorg-nso/list");
            assertThat(cc.locator("#list-version")).containsText("Действующая редакция № 2: утверждена приказом от 30.11.2026 № 112-п");

            // the publication deadline started with the enactment: 5 working days by the 2026 calendar
            cc.navigate(platform.appUrl() + "/agency/minpromtorg-nso");
            assertThat(cc.locator("#publication-card")).containsText("Ожидает размещения");
            cc.navigate(platform.appUrl() + "/agency/minpromtorg-nso/publications");
            cc.locator("[data-action='mark-published']").first().click();
            cc.locator("#published-url input").fill("https://example.org/perechen");
            cc.locator("#published-save").click();
            assertThat(cc.locator("#published-url")).containsText("Адрес должен быть на официальном сайте органа");
            cc.locator("#published-url input").fill("https://mpr.nso.ru/documents/perechen-2");
            cc.locator("#published-save").click();
            assertThat(cc.locator("#publications")).containsText("Размещено в срок");
            cc.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("publications.png")).setFullPage(true));
        } finally {
            ccContext.close();
        }
    }

    private void approveAs(String username, String requestUrl, boolean fromInbox) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1366, 860));
        try {
            Page approver = other.newPage();
            logIn(approver, username);
            if (fromInbox) {
                assertThat(approver.locator("#notifications-unread")).hasText("1");
                approver.locator("#notifications-bell").click();
                assertThat(approver.locator("#notifications")).containsText("ожидает вашего решения (этап 1)");
                approver.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("notifications.png")).setFullPage(true));
                approver.navigate(platform.appUrl() + "/agency/minpromtorg-nso/requests");
                assertThat(approver.locator("#request-tabs")).containsText("Ожидают моего решения (1)");
                assertThat(approver.locator("#requests")).containsText("Электронная почта для промышленных парков");
                approver.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("inbox.png")).setFullPage(true));
            }
            approver.navigate(requestUrl);
            approver.locator("#approve-request").click();
            approver.locator("#decision-confirm").click();
            assertThat(approver.locator("vaadin-notification-card").last()).containsText("согласован");
        } finally {
            other.close();
        }
    }

    private void comboBox(String id, String option) {
        page.locator(id + " input").fill(option.substring(0, Math.min(option.length(), 12)));
        page.locator("vaadin-combo-box-item:visible").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(option)).first().click();
    }

    @Test
    void a_tenant_admin_sets_the_columns_and_sees_the_printed_header_change() {
        logIn("dizo.admin");
        page.navigate(platform.appUrl() + "/agency/dizo-nso/template");
        var header = page.locator("#template-preview th");
        assertThat(header).hasText(new String[] {"Направление деятельности департамента", "Наименование конкретного процесса",
                "Точка взаимодействия", "Осуществляемое взаимодействие с клиентом", "Особенности взаимодействия с клиентом"});
        assertThat(page.locator("#template-preview .numbering td")).hasCount(5);
        assertThat(page.locator("#column-3-printed")).hasAttribute("readonly", "");

        chooseOption("#add-column", "структурное подразделение");
        page.locator("#column-7-title input").fill("Ответственное подразделение");
        for (int from = 7; from > 4; from--) {
            page.locator("#column-" + from + "-up").click();
            assertThat(page.locator("#column-" + (from - 1) + "-title input")).hasValue("Ответственное подразделение");
        }
        assertThat(header).hasText(new String[] {"Направление деятельности департамента", "Наименование конкретного процесса",
                "Ответственное подразделение", "Точка взаимодействия", "Осуществляемое взаимодействие с клиентом",
                "Особенности взаимодействия с клиентом"});
        page.locator("#column-2-title input").fill(" ");
        page.locator("#save-template").click();
        assertThat(page.locator("#column-2-title")).containsText("Графа 2: укажите заголовок");
        page.locator("#column-2-title input").fill("Направление деятельности");
        page.locator("#save-template").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Колонки Перечня сохранены");
        page.reload();
        assertThat(header).hasText(new String[] {"Направление деятельности", "Наименование конкретного процесса",
                "Ответственное подразделение", "Точка взаимодействия", "Осуществляемое взаимодействие с клиентом",
                "Особенности взаимодействия с клиентом"});
        assertThat(page.locator("#template-preview tbody td").nth(2)).not().isEmpty();
        screenshot("tenant-admin-template");
    }

    @Test
    void a_tenant_admin_imports_processes_from_xlsx_after_every_problem_is_shown_by_row_and_column() throws IOException {
        logIn("gsn.admin");
        page.navigate(platform.appUrl() + "/agency/gsn-nso/processes");
        page.locator("#import-processes").click();
        assertThat(page.locator("#import-template")).isVisible();
        String[] header = {"Наименование процесса", "Направление деятельности", "Вид процесса", "Подразделения"};
        Path bad = xlsx(header,
                new String[] {"Выдача заключений о соответствии", "Осуществление государственного контроля (надзора)",
                        "Контрольная (надзорная) функция", "Отдел надзора за строительством"},
                new String[] {"Консультирование застройщиков", "Рассмотрение обращений и запросов", "обращения", "Отдел архитектуры"});
        page.locator("#import-upload input[type=file]").setInputFiles(bad);
        assertThat(page.locator("#import-problems")).containsText(
                "Строка 3, графа «Подразделения»: Подразделение «Отдел архитектуры» не найдено среди действующих подразделений");
        screenshot("tenant-admin-registry-import");
        Path good = xlsx(header,
                new String[] {"Выдача заключений о соответствии", "Осуществление государственного контроля (надзора)",
                        "Контрольная (надзорная) функция", "Отдел надзора за строительством"},
                new String[] {"Консультирование застройщиков", "Рассмотрение обращений и запросов", "обращения", ""});
        page.locator("#import-upload input[type=file]").setInputFiles(good);
        assertThat(page.locator("#import-result")).containsText("Ошибок нет. Процессов в файле: 2.");
        page.locator("#import-confirm").click();
        assertThat(page.locator("#process-registry")).containsText("Выдача заключений о соответствии");
        assertThat(page.locator("#process-registry")).containsText("Консультирование застройщиков");
    }

    @Test
    void an_exported_list_comes_back_unchanged_and_an_edited_file_becomes_a_draft_request_then_the_open_page_shows_the_list()
            throws IOException {
        logIn("gsn.admin");
        page.navigate(platform.appUrl() + "/agency/gsn-nso/list");
        var download = page.waitForDownload(() -> page.locator("#download-xlsx-1").click());
        Path exported = Files.createTempFile("perechen-export", ".xlsx");
        download.saveAs(exported);
        page.locator("#open-import").click();
        page.locator("#list-import-upload input[type=file]").setInputFiles(exported);
        assertThat(page.locator("#list-import-hint")).containsText("изменений нет");
        assertThat(page.locator("#list-import-confirm")).isDisabled();
        // the same file with one cell edited, as an agency would edit it in Excel
        Path edited = Files.createTempFile("perechen-edited", ".xlsx");
        try (var in = Files.newInputStream(exported); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
             var out = Files.newOutputStream(edited)) {
            var sheet = book.getSheetAt(0);
            int last = sheet.getRow(4).getLastCellNum() - 1;
            int firstData = 4 + 1 + (sheet.getRow(5).getCell(0).getStringCellValue().equals("1") ? 1 : 0);
            // the streaming export writes inline strings; a fresh cell is what Excel writes after an edit
            var row = sheet.getRow(firstData);
            var style = row.getCell(last).getCellStyle();
            row.removeCell(row.getCell(last));
            var cell = row.createCell(last);
            cell.setCellStyle(style);
            cell.setCellValue("Приём по записи через ЕПГУ");
            book.write(out);
        }
        page.navigate(platform.appUrl() + "/agency/gsn-nso/list/import");
        page.locator("#list-import-upload input[type=file]").setInputFiles(edited);
        assertThat(page.locator("#list-import-summary")).containsText("изменить: 1");
        assertThat(page.locator("#list-import-rows")).containsText("изменить");
        screenshot("list-import-preview");
        page.locator("#list-import-confirm").click();
        page.waitForURL(Pattern.compile(".*/agency/gsn-nso/requests/\\d+"));
        assertThat(page.locator("body")).containsText("Приём по записи через ЕПГУ");
        assertThat(page.locator("#request-documents")).containsText("Изменения (DOCX)");
        assertThat(page.locator("#download-request-source")).containsText("Исходный файл «perechen-edited");
        var changes = page.waitForDownload(() -> page.locator("#download-request-changes-docx").click());
        assertThat(changes.suggestedFilename()).matches("perechen-gsn-nso-request-\\d+-changes\\.docx");
        screenshot("list-import-request");
        page.navigate(platform.appUrl() + "/agency/gsn-nso/publications");
        assertThat(page.locator("#embed-snippet textarea")).hasValue(Pattern.compile(".*<iframe src=\"http[^\"]+/agencies/gsn-nso/embed\".*"));
        assertThat(page.locator("#publications")).containsText("На открытой странице с");
        screenshot("publications-open-page");

        var visitor = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1366, 860));
        try {
            Page open = visitor.newPage();
            open.navigate(platform.appUrl() + "/agencies/gsn-nso");
            assertThat(open.locator("#public-list")).isVisible();
            assertThat(open.locator("#public-act")).containsText("Редакция № 1");
            assertThat(open.locator("#public-list")).not().containsText("Приём по записи через ЕПГУ");
            open.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("public-page.png")).setFullPage(true));
            open.setViewportSize(390, 844);
            open.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("public-page-phone.png")));
            open.navigate(platform.appUrl() + "/agencies/gsn-nso/embed");
            assertThat(open.locator("#public-list")).isVisible();
        } finally {
            visitor.close();
        }
    }

    private static Path xlsx(String[] header, String[]... rows) throws IOException {
        Path file = Files.createTempFile("registry", ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Реестр");
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void a_platform_admin_creates_an_agency_from_a_preset_whose_admin_signs_in_and_then_deactivates_it() {
        logIn("platform.admin");
        page.navigate(platform.appUrl() + "/platform");
        page.locator("#add-agency").click();
        chooseOption("#agency-region", "54 — Новосибирская область");
        chooseOption("#agency-preset", "Как в ДИЗО НСО");
        chooseOption("#agency-type", "Министерство");
        page.locator("#agency-short-name input").fill("Минстрой НСО");
        page.locator("#agency-full-name input").fill("Министерство строительства Новосибирской области");
        page.locator("#agency-slug input").fill("Минстрой");
        page.locator("#agency-site input").fill("https://minstroy.nso.ru");
        page.locator("#admin-username input").fill("minstroy.admin");
        page.locator("#admin-email input").fill("admin@minstroy.nso.ru");
        page.locator("#admin-last-name input").fill("Строителева");
        page.locator("#admin-first-name input").fill("Вера");
        page.locator("#agency-save").click();
        assertThat(page.locator("#agency-slug")).containsText("латинские строчные буквы");
        page.locator("#agency-slug input").fill("minstroy-nso");
        page.locator("#agency-save").click();
        assertThat(page.locator("#temporary-password")).isVisible();
        String password = page.locator("#temporary-password").innerText().strip();
        screenshot("platform-admin-agency-created");
        page.locator("#created-done").click();
        assertThat(page.locator("#agencies")).containsText("Минстрой НСО");

        // the new admin signs in with the one-time password, must choose a new one, and finds the 003 preset
        BrowserContext newcomer = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1366, 860));
        try {
            Page admin = newcomer.newPage();
            signInFirstTime(admin, "minstroy.admin", password);
            assertThat(admin.locator("#current-agency")).hasText("Минстрой НСО");
            admin.navigate(platform.appUrl() + "/agency/minstroy-nso/template");
            assertThat(admin.locator("#template-preview th")).hasCount(5);
            admin.navigate(platform.appUrl() + "/agency/minstroy-nso/approval-chain");
            assertThat(admin.locator("#chain-route li")).hasCount(4);

            page.locator("[data-action='deactivate'][aria-label$=': Минстрой НСО']").click();
            page.locator("#confirm-activation").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("«Минстрой НСО» деактивирован");
            assertThat(page.locator("#agencies")).containsText("Деактивирован");
            // the admin's open session ends at its next request: back at Keycloak's sign-in, not in the agency
            admin.navigate(platform.appUrl() + "/agency/minstroy-nso/approval-chain");
            admin.locator("#username, #password").first().waitFor();
            assertThat(admin).not().hasURL(Pattern.compile(Pattern.quote(platform.appUrl()) + ".*"));
        } finally {
            newcomer.close();
        }

        BrowserContext blocked = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
        try {
            Page admin = blocked.newPage();
            toPassword(admin, "minstroy.admin");
            // Keycloak refuses the disabled account as soon as it knows who is signing in
            assertThat(admin.locator("body")).containsText("Учетная запись заблокирована");
            assertThat(admin).not().hasURL(Pattern.compile(Pattern.quote(platform.appUrl()) + ".*"));
            admin.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("deactivated-agency-login.png")));
        } finally {
            blocked.close();
        }
    }

    private void addStep(int position, String rule, String person) {
        page.locator("#add-step").click();
        chooseOption("#step-" + position + "-rule", rule);
        if (person != null) {
            page.locator("#step-" + position + "-person input").fill(person);
            page.locator("vaadin-combo-box-item:visible").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(person)).first().click();
        }
        page.locator("#step-" + position + "-due input").fill("3");
        page.locator("#step-" + position + "-due input").press("Tab");
    }

    private void chooseOption(String select, String option) {
        page.locator(select).click();
        page.locator("vaadin-select-item:visible").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(option)).first().click();
    }

    @Test
    void the_responsible_deputy_reads_the_catalogues_without_changing_them() {
        logIn("mpt.cc");
        page.navigate(platform.appUrl() + "/agency/minpromtorg-nso/groups");
        assertThat(page.locator("#process-groups")).containsText("Осуществление государственного контроля (надзора)");
        assertThat(page.locator("#add-group")).hasCount(0);
        assertThat(page.locator("#process-groups [data-action='edit']")).hasCount(0);
        page.navigate(platform.appUrl() + "/agency/minpromtorg-nso/approval-chain");
        assertThat(page.locator("#chain-route")).containsText("Руководитель подразделения, ответственного за процесс");
        assertThat(page.locator("#save-chain")).hasCount(0);
        assertThat(page.locator("#add-step")).hasCount(0);
        page.navigate(platform.appUrl() + "/agency/minpromtorg-nso/settings");
        assertThat(page.locator("#access-denied")).isVisible();
    }

    @Test
    void a_user_of_one_agency_is_refused_another_agencys_pages_and_sees_nothing_of_it() {
        logIn("mpt.editor");
        assertThat(navigation()).containsExactly("Орган власти", "Перечень", "Запросы на изменение", "Редакции Перечня", "Сроки размещения", "Актуализация",
                "Обратная связь", "Ввод анкет", "Информация подразделений");
        for (String path : List.of("/agency/dizo-nso", "/agency/dizo-nso/settings", "/agency/no-such-agency",
                "/agency/dizo-nso/needs", "/agency/dizo-nso/groups", "/agency/dizo-nso/audit",
                "/region/54", "/platform", "/agency/minpromtorg-nso/settings", "/agency/minpromtorg-nso/audit")) {
            page.navigate(platform.appUrl() + path);
            assertThat(page.locator("#access-denied")).containsText("Нет доступа");
            assertThat(page.locator("body")).not().containsText("ДИЗО");
            assertThat(page.locator("body")).not().containsText("Департамент имущества");
        }
        page.navigate(platform.appUrl() + "/agency/dizo-nso");
        assertThat(page.locator("#access-denied")).isVisible();
        screenshot("editor-refused");
    }

    @Test
    void a_user_of_another_agency_sees_their_own_agency_only() {
        logIn("dizo.editor");
        assertThat(page.locator("#current-agency")).hasText("ДИЗО НСО");
        assertThat(page.locator("#user-role")).hasText("Сотрудник подразделения");
        assertThat(page.locator("body")).not().containsText("Минпромторг");
        page.navigate(platform.appUrl() + "/agency/minpromtorg-nso");
        assertThat(page.locator("#access-denied")).isVisible();
        assertThat(page.locator("body")).not().containsText("Министерство промышленности");
        page.navigate(platform.appUrl() + "/agency/dizo-nso");
        assertThat(page.locator("#agency-profile")).isVisible();
        screenshot("editor");
    }

    @Test
    void a_coordinator_sees_the_agencies_of_their_region_and_is_refused_another_region() {
        logIn("coord.nso");
        assertThat(page).hasURL(Pattern.compile(".*/region/54.*"));
        assertThat(page.locator("#user-role")).hasText("Региональный координатор");
        var grid = page.locator("#region-agencies");
        assertThat(grid).containsText("Минпромторг НСО");
        assertThat(grid).containsText("ДИЗО НСО");
        assertThat(grid).containsText("Инспекция госстройнадзора НСО");
        assertThat(grid).containsText("Минэкономразвития НСО");
        assertThat(grid).not().containsText("Мордови");
        assertThat(grid).containsText("Балл");
        page.locator("#region-compliance-chart[data-drawn=true] canvas").waitFor();
        screenshot("regional-coordinator");
        // sorted by the compliance score, then the trend of the last quarters on demand
        page.locator("#region-agencies vaadin-grid-sorter").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Балл")).click();
        page.locator("#region-legend").click();
        assertThat(page.locator("#region-legend")).containsText("max(0; 100");
        page.locator("#region-trend-show").click();
        page.locator("#region-trend-chart[data-drawn=true] canvas").waitFor();
        page.locator("#region-trend").scrollIntoViewIfNeeded();
        screenshot("regional-coordinator-trend");
        var xlsx = page.waitForDownload(() -> page.locator("#region-xlsx").click());
        assertThat(xlsx.suggestedFilename()).startsWith("region-54-").endsWith(".xlsx");
        // drill-down: one agency's list in force, read only
        page.locator("#region-agencies a").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Минэкономразвития НСО")).click();
        assertThat(page.locator("#region-card-versions")).containsText("№ 1");
        assertThat(page.locator("#region-card-rows")).containsText("Официальный сайт");
        assertThat(page.locator("button:has-text('Сохранить'), #open-import, #new-request")).hasCount(0);
        screenshot("regional-coordinator-agency");
        page.locator("#region-back").click();
        assertThat(page.locator("#region-agencies")).isVisible();
        page.navigate(platform.appUrl() + "/region/13");
        assertThat(page.locator("#access-denied")).isVisible();
        assertThat(page.locator("body")).not().containsText("Минпромнауки");
        page.navigate(platform.appUrl() + "/agency/minpromtorg-nso");
        assertThat(page.locator("#access-denied")).isVisible();
    }

    @Test
    void the_coordinator_of_mordovia_sees_mordovia() {
        logIn("coord.rm");
        assertThat(page.locator("#region-agencies")).containsText("Минпромнауки Мордовии");
        assertThat(page.locator("#region-agencies")).not().containsText("НСО");
        // its agency's second version against the first, in the read-only card
        page.locator("#region-agencies a").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Минпромнауки Мордовии")).click();
        assertThat(page.locator("#region-diff-summary")).containsText("Редакция № 2 против № 1");
        assertThat(page.locator("#region-diff-grid")).isVisible();
        page.locator("#region-diff").scrollIntoViewIfNeeded();
        screenshot("regional-coordinator-diff");
    }

    @Test
    void a_platform_admin_sees_every_region_and_agency() {
        logIn("platform.admin");
        assertThat(page).hasURL(Pattern.compile(".*/platform.*"));
        assertThat(page.locator("#regions")).containsText("Новосибирская область");
        assertThat(page.locator("#regions")).containsText("Республика Мордовия");
        for (String agency : List.of("Минпромторг НСО", "Минпромнауки Мордовии", "Инспекция госстройнадзора НСО",
                "ДИЗО НСО", "Минэкономразвития НСО")) {
            assertThat(page.locator("#agencies")).containsText(agency);
        }
        screenshot("platform-admin");

        // regions side by side, with their coordinators
        page.navigate(platform.appUrl() + "/platform/regions");
        assertThat(page.locator("#platform-rollup")).containsText("Новосибирская область");
        assertThat(page.locator("#platform-rollup")).containsText("Республика Мордовия");
        assertThat(page.locator("#platform-rollup")).containsText("coord.nso");
        screenshot("platform-regions");
        // a coordinator assigned from the page: a Keycloak account with a one-time password, the region's role
        page.locator("vaadin-button[data-action=assign-coordinator][aria-label$='Республика Мордовия']").click();
        page.locator("#coordinator-username input").fill("coord.rm2");
        page.locator("#coordinator-name input").fill("Кузнецова Анна Петровна");
        page.locator("#coordinator-email input").fill("coord.rm2@example.org");
        screenshot("platform-coordinator-dialog");
        page.locator("#coordinator-save").click();
        assertThat(page.locator("#coordinator-created-username")).hasText("coord.rm2");
        String password = page.locator("#coordinator-temporary-password").innerText().strip();
        page.locator("#coordinator-created-done").click();
        assertThat(page.locator("#platform-rollup")).containsText("Кузнецова Анна Петровна (coord.rm2)");
        BrowserContext newcomer = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1366, 860));
        try {
            Page coordinator = newcomer.newPage();
            signInFirstTime(coordinator, "coord.rm2", password);
            coordinator.navigate(platform.appUrl() + "/region/13");
            assertThat(coordinator.locator("#region-agencies")).containsText("Минпромнауки Мордовии");
            coordinator.navigate(platform.appUrl() + "/region/54");
            assertThat(coordinator.locator("body")).containsText("Нет доступа");
        } finally {
            newcomer.close();
        }
        // taken off: the account keeps no region, and the next sign-in opens no region
        page.locator("vaadin-button[data-action=revoke-coordinator][data-username='coord.rm2']").click();
        page.locator("#coordinator-revoke-confirm").locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#platform-rollup")).not().containsText("coord.rm2");
        BrowserContext revoked = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
        try {
            Page former = revoked.newPage();
            toPassword(former, "coord.rm2");
            former.locator("#password").fill("Novyi-parol-2026");
            former.locator("#kc-login").click();
            former.waitForURL(url -> url.startsWith(platform.appUrl()));
            former.navigate(platform.appUrl() + "/region/13");
            assertThat(former.locator("body")).containsText("Нет доступа");
        } finally {
            revoked.close();
        }

        page.navigate(platform.appUrl() + "/platform/audit");
        chooseOption("#platform-audit-agency", "Минэкономразвития НСО");
        assertThat(page.locator("#platform-audit-chain")).containsText("Цепочка записей цела");
        assertThat(page.locator("#platform-audit")).containsText("Редакция 1");

        page.navigate(platform.appUrl() + "/platform/calendar");
        assertThat(page.locator("#calendar-years")).containsText("Постановление Правительства РФ от 24.09.2025 № 1466");
        assertThat(page.locator("#calendar-days")).containsText("09.01.2026");
        page.locator("#enter-year").click();
        page.locator("#new-year-decree input").fill("Постановление Правительства РФ от 01.10.2026 № 1500");
        page.locator("#new-year-days textarea").press("End");
        page.locator("#new-year-days textarea").pressSequentially("\n32.01.2027 выходной");
        page.locator("#new-year-save").click();
        assertThat(page.locator("#new-year-days")).containsText("— не дата вида дд.мм.гггг");
        screenshot("platform-calendar");
        page.locator("#new-year-days textarea").press("Control+End");
        for (int i = 0; i < "32.01.2027 выходной".length() + 1; i++) {
            page.locator("#new-year-days textarea").press("Backspace");
        }
        page.locator("#new-year-save").click();
        assertThat(page.locator("#calendar-years")).containsText("№ 1500");

        // the platform's own log: the year entered and the platform admin's sign-in, chained
        page.navigate(platform.appUrl() + "/platform/audit");
        assertThat(page.locator("#platform-audit")).containsText("2027: Постановление Правительства РФ от 01.10.2026 № 1500");
        assertThat(page.locator("#platform-audit")).containsText("вход в систему");
        assertThat(page.locator("#platform-audit-chain")).containsText("Цепочка записей цела");
        screenshot("platform-audit");
    }

    @Test
    void english_can_be_chosen_and_russian_is_the_default() {
        logIn("gsn.cc");
        assertThat(page.locator("#user-role")).hasText("Заместитель, ответственный за клиентоцентричность");
        page.locator("#language").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("#user-role")).hasText("Deputy responsible for client-centricity");
        assertThat(page.locator("#logout")).hasText("Log out");
        screenshot("cc-deputy-english");
    }

    @Test
    void logout_ends_the_keycloak_session_too() {
        logIn("mpt.viewer");
        page.locator("#logout").click();
        page.waitForURL(url -> url.startsWith(platform.keycloak().baseUrl()));
        assertThat(page.locator("#username")).isVisible();
        page.navigate(platform.appUrl() + "/");
        page.waitForURL(url -> url.startsWith(platform.keycloak().baseUrl()));
        assertThat(page.locator("#username")).isVisible();
    }

    @Test
    void the_api_answers_me_for_a_keycloak_token_and_refuses_others() throws Exception {
        String token = token(platform.keycloak().issuer(), "perechen-cli", "mpn.head", platform.settings().demoPassword());
        HttpResponse<String> me = get("/api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"mpn.head\"", "\"roles\":[\"unit-head\"]",
                "\"slug\":\"minpromnauki-rm\"", "\"code\":\"13\"");

        assertThat(get("/api/v1/me", null).statusCode()).isEqualTo(401);

        String masterToken = token(platform.keycloak().baseUrl() + "/realms/master", "admin-cli", "kcadmin",
                platform.settings().keycloakAdminPassword());
        assertThat(get("/api/v1/me", masterToken).statusCode()).isEqualTo(401);
    }

    /** A created account's first sign-in: the one-time password, then a new one as Keycloak requires. */
    private void signInFirstTime(Page newcomer, String username, String oneTimePassword) {
        toPassword(newcomer, username);
        newcomer.locator("#password").fill(oneTimePassword);
        newcomer.locator("#kc-login").click();
        newcomer.locator("#password-new").fill("Novyi-parol-2026");
        newcomer.locator("#password-confirm").fill("Novyi-parol-2026");
        newcomer.locator("[type=submit]").first().click();
        newcomer.waitForURL(url -> url.startsWith(platform.appUrl()));
    }

    /** Keycloak's sign-in page up to the password: the login typed (on a page of its own where the realm asks so). */
    private void toPassword(Page signIn, String username) {
        signIn.navigate(platform.appUrl() + "/");
        signIn.locator("#username").fill(username);
        if (!signIn.locator("#password").isVisible()) {
            signIn.locator("#kc-login").click();
        }
    }

    private void logIn(String username) {
        logIn(page, username);
    }

    private void logIn(Page page, String username) {
        EndToEnd.logIn(page, platform, username);
    }

    private List<String> navigation() {
        page.locator("vaadin-side-nav-item").first().waitFor();
        return page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
    }

    private void screenshot(String role) {
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(role + ".png")).setFullPage(true));
    }

    private static HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.appUrl() + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String issuer, String clientId, String username, String password)
            throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                        "password", password, "scope", "openid organization")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
