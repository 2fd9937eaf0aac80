package ru.perechen.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.perechen.infra.faults.ApiClient.enc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import ru.perechen.infra.KeycloakServer;
import ru.perechen.infra.LocalPlatform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kill -9} in the middle of the changes that matter: the application runs as a child process
 * with its PostgreSQL data kept across starts; a fault point stops a transaction just before or just
 * after its commit, the suite kills the application and its PostgreSQL, starts it again and checks
 * that the change is wholly there or wholly absent, that every audit chain verifies, and that
 * Keycloak and PostgreSQL agree on the agencies. Each test leaves the application started with the
 * next test's fault point.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    private static final Duration FAULT_TIMEOUT = Duration.ofMinutes(2);
    private static final String ENACT = "listService#enact";
    // the import is parsed outside any transaction; the draft and the kept file are written in the one that creates the request
    private static final String CONFIRM_IMPORT = "changeRequestService#createWithChanges";
    private static final String PROVISION = "identityProvisioner#provisionAgency";
    private static final String DIZO = "dizo-nso";
    private static final String NEW_AGENCY = "minstroy-nso";
    private static final String NEW_ADMIN = "minstroy.admin";

    private static final String ADMIN_PASSWORD = LocalPlatform.randomSecret();
    private static Path work;
    private static int postgresPort;
    private static KeycloakServer keycloak;
    private static ChildApplication app;
    private static ApiClient api;

    private static int request;
    private static long approvedVersion;
    private static String entryKey;
    private static byte[] editedList;

    @BeforeAll
    static void start_keycloak_and_the_application_stopping_before_an_enactment_commits() throws IOException {
        work = Files.createTempDirectory("perechen-faults");
        postgresPort = LocalPlatform.freePort(0);
        String demoPassword = LocalPlatform.randomSecret();
        keycloak = KeycloakServer.start(Path.of(System.getProperty("perechen.keycloak.home")),
                Path.of(System.getProperty("perechen.keycloak.realm-file")), null,
                LocalPlatform.freePort(0), LocalPlatform.freePort(0), work, Map.of(
                        "PERECHEN_DEMO_PASSWORD", demoPassword, "PERECHEN_OIDC_CLIENT_SECRET", LocalPlatform.randomSecret(),
                        "PERECHEN_APP_URL", "http://localhost:8080", "KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD), Duration.ofMinutes(4));
        api = new ApiClient(keycloak.issuer(), demoPassword, postgresPort);
        restart(ENACT, "before-commit");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    @Order(1)
    void an_enactment_killed_before_its_commit_leaves_the_request_approved_and_no_new_version() {
        String editor = api.token("dizo.editor");
        JsonNode row = api.call("GET", "/api/v1/list?text=" + enc("МФЦ"), editor, null, 200).get("rows").get(0);
        entryKey = row.get("entryKey").asString();
        JsonNode draft = api.call("POST", "/api/v1/change-requests", editor, Map.of("title", "Часы приема в МФЦ"), 201);
        request = draft.get("number").asInt();
        Map<String, Object> content = Map.of("processId", row.get("processId").asString(),
                "touchpointId", row.get("touchpointId").asString(),
                "unitId", row.get("unitId").isNull() ? "" : row.get("unitId").asString(),
                "needs", JsonMapper.builder().build().convertValue(row.get("needs"), List.class),
                "specifics", "по графику работы отделений МФЦ");
        JsonNode r = api.call("PUT", path("/rows/" + entryKey), editor, Map.of("version", version(draft), "content", content), 200);
        r = api.call("PUT", path("/description"), editor, Map.of("version", version(r), "title", "Часы приема в МФЦ",
                "note", "Уточнены часы приема заявлений в МФЦ"), 200);
        r = api.call("POST", path("/submit"), editor, Map.of("version", version(r)), 200);
        for (String approver : List.of("dizo.head", "dizo.deputy", "dizo.cc")) {
            r = api.call("POST", path("/approve"), api.token(approver), Map.of("version", version(r)), 200);
        }
        assertThat(r.get("status").asString()).isEqualTo("APPROVED");
        approvedVersion = version(r);
        long versions = api.count("select count(*) from list_version where agency_id = " + agency(DIZO));

        api.callAndForget("POST", path("/enact"), api.token("dizo.cc"), act());
        killAtTheFaultPointAndRestart(CONFIRM_IMPORT, "before-commit");

        JsonNode after = api.call("GET", path(""), api.token("dizo.cc"), null, 200).get("request");
        assertThat(after.get("status").asString()).isEqualTo("APPROVED");
        assertThat(version(after)).isEqualTo(approvedVersion);
        assertThat(api.count("select count(*) from list_version where agency_id = " + agency(DIZO))).isEqualTo(versions);
        assertThat(api.count("select count(*) from list_entry where agency_id = " + agency(DIZO)
                + " and (valid_from > 1 or valid_to is not null)")).isZero();
        assertThat(api.count("select count(*) from publication where agency_id = " + agency(DIZO) + " and version_number > 1")).isZero();
        // the first version, enacted by the demo data, is the only one the log records
        assertThat(enactedEvents(DIZO, "ListVersion")).isOne();
        assertThat(enactedEvents(DIZO, "ChangeRequest")).isZero();
        assertEveryAuditChainVerifies();
    }

    @Test
    @Order(2)
    void an_import_confirmation_killed_before_its_commit_leaves_no_draft_request_and_no_file() throws IOException {
        String admin = api.token("gsn.admin");
        editedList = edited(api.download("/api/v1/list/versions/1/documents/xlsx", admin));
        String gsn = agency("gsn-nso");
        long requests = api.count("select count(*) from change_request where agency_id = " + gsn);
        long items = api.count("select count(*) from change_item where agency_id = " + gsn);

        api.uploadAndForget("/api/v1/list/imports?fileName=list.xlsx&title=" + enc("Из файла"), admin, editedList);
        killAtTheFaultPointAndRestart(PROVISION, "before-commit");

        assertThat(api.count("select count(*) from change_request where agency_id = " + gsn)).isEqualTo(requests);
        assertThat(api.count("select count(*) from change_item where agency_id = " + gsn)).isEqualTo(items);
        assertThat(api.count("select count(*) from import_source where agency_id = " + gsn)).isZero();
        assertEveryAuditChainVerifies();
    }

    @Test
    @Order(3)
    void an_agency_creation_killed_after_keycloak_agreed_leaves_neither_the_agency_nor_its_organization() {
        api.callAndForget("POST", "/api/v1/fault-test/agencies", api.token("platform.admin"), newAgency());
        app.awaitFaultPoint(FAULT_TIMEOUT);
        // Keycloak has agreed: the organization and its admin exist while the database has not committed
        assertThat(organization()).isPresent();
        killAtTheFaultPointAndRestart(PROVISION, "after-commit");

        assertThat(api.count("select count(*) from agency where slug = '" + NEW_AGENCY + "'")).isZero();
        assertThat(api.count("select count(*) from identity_provisioning")).isZero();
        assertThat(organization()).isEmpty();
        try (Keycloak admin = keycloakAdmin()) {
            assertThat(admin.realm(KeycloakServer.REALM).users().searchByUsername(NEW_ADMIN, true)).isEmpty();
        }
        assertThat(api.count("select count(*) from platform_audit_event where entity_id = '" + NEW_AGENCY + "'")).isZero();
        assertEveryAuditChainVerifies();
    }

    @Test
    @Order(4)
    void an_agency_creation_killed_after_its_commit_is_there_in_postgresql_and_in_keycloak() {
        api.callAndForget("POST", "/api/v1/fault-test/agencies", api.token("platform.admin"), newAgency());
        killAtTheFaultPointAndRestart(ENACT, "after-commit");

        assertThat(api.count("select count(*) from agency where slug = '" + NEW_AGENCY + "'")).isOne();
        assertThat(api.count("select count(*) from identity_provisioning")).isZero();
        assertThat(organization()).isPresent();
        try (Keycloak admin = keycloakAdmin()) {
            RealmResource realm = admin.realm(KeycloakServer.REALM);
            assertThat(realm.organizations().get(organization().orElseThrow().getId()).members().getAll())
                    .extracting(MemberRepresentation::getUsername).containsExactly(NEW_ADMIN);
        }
        assertThat(api.count("select count(*) from platform_audit_event where entity_id = '" + NEW_AGENCY
                + "' and action = 'CREATED'")).isOne();
        assertEveryAuditChainVerifies();
    }

    @Test
    @Order(5)
    void an_enactment_killed_after_its_commit_is_there_whole_and_the_interrupted_import_can_be_made_again() {
        api.callAndForget("POST", path("/enact"), api.token("dizo.cc"), act());
        killAtTheFaultPointAndRestart(null, null);

        JsonNode enacted = api.call("GET", path(""), api.token("dizo.cc"), null, 200).get("request");
        assertThat(enacted.get("status").asString()).isEqualTo("ENACTED");
        int number = enacted.get("enactedVersion").asInt();
        assertThat(number).isEqualTo(2);
        String dizo = agency(DIZO);
        assertThat(api.count("select count(*) from list_version where agency_id = " + dizo + " and number = 2 and request_number = ?",
                request)).isOne();
        assertThat(api.count("select count(*) from list_entry where agency_id = " + dizo + " and entry_key = ?::uuid and valid_from = 2",
                entryKey)).isOne();
        assertThat(api.count("select count(*) from list_entry where agency_id = " + dizo + " and entry_key = ?::uuid and valid_to = 2",
                entryKey)).isOne();
        assertThat(api.count("select count(*) from publication where agency_id = " + dizo + " and version_number = 2")).isOne();
        assertThat(enactedEvents(DIZO, "ListVersion")).isEqualTo(2);
        assertThat(enactedEvents(DIZO, "ChangeRequest")).isOne();

        JsonNode imported = api.upload("/api/v1/list/imports?fileName=list.xlsx&title=" + enc("Из файла"), api.token("gsn.admin"),
                editedList, 201);
        assertThat(imported.get("status").asString()).isEqualTo("DRAFT");
        assertThat(api.count("select count(*) from import_source where agency_id = " + agency("gsn-nso"))).isOne();
        assertEveryAuditChainVerifies();
    }

    // ---- helpers

    private static void restart(String faultPoint, String phase) {
        app = ChildApplication.start(work, work.resolve("pgdata"), postgresPort, keycloak, ADMIN_PASSWORD, faultPoint, phase);
        api.pointAt(app);
    }

    private static void killAtTheFaultPointAndRestart(String nextFaultPoint, String nextPhase) {
        app.awaitFaultPoint(FAULT_TIMEOUT);
        app.kill();
        restart(nextFaultPoint, nextPhase);
    }

    private static long enactedEvents(String slug, String entityType) {
        return api.count("select count(*) from audit_event where agency_id = " + agency(slug)
                + " and entity_type = ? and action = 'ENACTED'", entityType);
    }

    private void assertEveryAuditChainVerifies() {
        JsonNode chains = api.call("GET", "/api/v1/fault-test/audit", api.token("platform.admin"), null, 200);
        assertThat(chains.size()).isGreaterThanOrEqualTo(6);
        chains.properties().forEach(chain ->
                assertThat(chain.getValue().get("brokenAt").isNull()).as(chain.getKey() + ": " + chain.getValue()).isTrue());
        // the seed agencies' chains hold their demo data's events
        assertThat(chains.get(DIZO).get("events").asLong()).isPositive();
        assertThat(chains.get("gsn-nso").get("events").asLong()).isPositive();
    }

    private static java.util.Optional<OrganizationRepresentation> organization() {
        try (Keycloak admin = keycloakAdmin()) {
            return admin.realm(KeycloakServer.REALM).organizations().getAll().stream()
                    .filter(o -> NEW_AGENCY.equals(o.getAlias())).findFirst();
        }
    }

    private static Keycloak keycloakAdmin() {
        return KeycloakBuilder.builder().serverUrl(keycloak.baseUrl()).realm("master").clientId("admin-cli")
                .username("kcadmin").password(ADMIN_PASSWORD).build();
    }

    private static Map<String, String> newAgency() {
        return Map.of("region", "54", "slug", NEW_AGENCY, "fullName", "Министерство строительства Новосибирской области",
                "shortName", "Минстрой НСО", "site", "https://minstroy.nso.ru", "adminUsername", NEW_ADMIN,
                "adminEmail", "admin@minstroy.nso.ru");
    }

    private static Map<String, Object> act() {
        return Map.of("version", approvedVersion, "actNumber", "245", "actDate", LocalDate.now().toString());
    }

    private static String agency(String slug) {
        return "'" + ru.perechen.tenancy.AgencyDirectory.idFor(slug).value() + "'";
    }

    private static String path(String tail) {
        return "/api/v1/change-requests/" + request + tail;
    }

    private static long version(JsonNode request) {
        return request.get("version").asLong();
    }

    /** The exported list with one cell edited, as an agency edits it in Excel. */
    private static byte[] edited(byte[] exported) throws IOException {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(exported)); var out = new ByteArrayOutputStream()) {
            var sheet = book.getSheetAt(0);
            int last = sheet.getRow(4).getLastCellNum() - 1;
            int firstData = 4 + 1 + (sheet.getRow(5).getCell(0).getStringCellValue().equals("1") ? 1 : 0);
            var row = sheet.getRow(firstData);
            var style = row.getCell(last).getCellStyle();
            row.removeCell(row.getCell(last));
            var cell = row.createCell(last);
            cell.setCellStyle(style);
            cell.setCellValue("Приём по записи через ЕПГУ");
            book.write(out);
            return out.toByteArray();
        }
    }
}
