package ru.perechen.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.perechen.uitest.ApiTokens.token;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.uitest.MockIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents over the API for Минэкономразвития НСО: a version's files, the import of its own export
 * (nothing to change), refusals as problems in Russian, and another agency's token sees none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "perechen.demo-data.enabled=true")
class DocumentsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    @Test
    void a_version_is_downloaded_and_imported_back_with_nothing_to_change() throws Exception {
        String editor = token("minek.editor", "editor", "minek-nso");
        HttpResponse<byte[]> xlsx = send("GET", "/api/v1/list/versions/1/documents/xlsx", editor, null, null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("perechen-minek-nso-v1.xlsx"));
        HttpResponse<byte[]> csv = send("GET", "/api/v1/list/versions/1/documents/csv", editor, null, null);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFИдентификатор строки");

        JsonNode preview = json(send("POST", "/api/v1/list/imports/preview?fileName=" + enc("перечень.xlsx"), editor, XLSX,
                xlsx.body()), 200);
        assertThat(preview.get("counts").get("UNCHANGED").asInt()).isPositive();
        assertThat(preview.get("counts").get("MODIFIED").asInt()).isZero();
        assertThat(preview.get("confirmable").asBoolean()).isFalse();
        JsonNode none = json(send("POST", "/api/v1/list/imports?fileName=" + enc("перечень.xlsx") + "&title=" + enc("Без изменений"),
                editor, XLSX, xlsx.body()), 400);
        assertThat(none.get("code").asString()).isEqualTo("import.reject.no-changes");
        assertThat(none.get("detail").asString()).isEqualTo("файл совпадает с действующей редакцией: изменений нет");
    }

    @Test
    void an_edited_file_becomes_a_draft_request_that_keeps_the_file() throws Exception {
        String admin = token("minek.admin", "tenant-admin", "minek-nso");
        byte[] exported = send("GET", "/api/v1/list/versions/1/documents/xlsx", admin, null, null).body();
        byte[] edited;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(exported));
             var out = new java.io.ByteArrayOutputStream()) {
            var row = book.getSheetAt(0).getRow(6);
            int last = row.getLastCellNum() - 1;
            row.removeCell(row.getCell(last));
            row.createCell(last).setCellValue("Консультации по предварительной записи");
            book.write(out);
            edited = out.toByteArray();
        }
        JsonNode made = json(send("POST", "/api/v1/list/imports?fileName=" + enc("Перечень министерства.xlsx") + "&title="
                + enc("Особенности консультаций"), admin, XLSX, edited), 201);
        int number = made.get("number").asInt();
        assertThat(made.get("status").asString()).isEqualTo("DRAFT");
        assertThat(made.get("items").size()).isEqualTo(1);
        HttpResponse<byte[]> source = send("GET", "/api/v1/change-requests/" + number + "/source", admin, null, null);
        assertThat(source.statusCode()).isEqualTo(200);
        assertThat(source.body()).isEqualTo(edited);
        assertThat(source.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("filename*=UTF-8''"));
        assertThat(source.headers().firstValue("X-Content-SHA256")).hasValue(java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(edited)));
        HttpResponse<byte[]> changes = send("GET", "/api/v1/change-requests/" + number + "/documents/changes-docx", admin, null, null);
        assertThat(changes.statusCode()).isEqualTo(200);
        assertThat(changes.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void a_kept_file_that_the_upload_check_now_refuses_is_not_handed_out_and_a_clean_one_is_a_plain_attachment() throws Exception {
        String admin = token("minek.admin", "tenant-admin", "minek-nso");
        byte[] edited = editedExport(admin, "Запись по телефону и через сайт");
        int number = json(send("POST", "/api/v1/list/imports?fileName=" + enc("перечень.xlsx") + "&title=" + enc("Запись"), admin, XLSX,
                edited), 201).get("number").asInt();
        HttpResponse<byte[]> clean = send("GET", "/api/v1/change-requests/" + number + "/source", admin, null, null);
        assertThat(clean.statusCode()).isEqualTo(200);
        assertThat(clean.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(clean.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment;"));

        // a file kept before the check knew external images: the same upload with a picture from a web address
        byte[] hostile = withPart(edited, "xl/drawings/_rels/drawing1.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
                + "Target=\"https://evil.example/pixel.png\" TargetMode=\"External\"/></Relationships>");
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement(); ResultSet agency = st.executeQuery("select id from agency where slug = 'minek-nso'")) {
                agency.next();
                st.execute("select set_config('app.agency_id', '" + agency.getObject(1) + "', true)");
            }
            try (PreparedStatement update = c.prepareStatement("update import_source set content = ?, byte_size = ? "
                    + "where request_id = (select id from change_request where number = ?)")) {
                update.setBytes(1, hostile);
                update.setInt(2, hostile.length);
                update.setInt(3, number);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            c.commit();
        }
        JsonNode refused = json(send("GET", "/api/v1/change-requests/" + number + "/source", admin, null, null), 409);
        assertThat(refused.get("code").asString()).isEqualTo("documents.source.refused");
        assertThat(refused.get("reason").asString()).isEqualTo("import.reject.external-image");
        assertThat(refused.get("detail").asString()).startsWith("исходный файл не выдаётся: ")
                .contains("рисунок или медиафайл, связанный с внешним адресом");
    }

    private byte[] editedExport(String bearer, String specifics) throws Exception {
        byte[] exported = send("GET", "/api/v1/list/versions/1/documents/xlsx", bearer, null, null).body();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(exported));
             var out = new java.io.ByteArrayOutputStream()) {
            var row = book.getSheetAt(0).getRow(6);
            int last = row.getLastCellNum() - 1;
            row.removeCell(row.getCell(last));
            row.createCell(last).setCellValue(specifics);
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The archive with one more part. */
    private static byte[] withPart(byte[] zip, String name, String content) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             var copy = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                copy.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.putNextEntry(new java.util.zip.ZipEntry(name));
            copy.write(content.getBytes(StandardCharsets.UTF_8));
            copy.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void bad_files_and_other_agencies_are_refused() throws Exception {
        String editor = token("minek.editor", "editor", "minek-nso");
        JsonNode macro = json(send("POST", "/api/v1/list/imports/preview?fileName=list.xlsm", editor, XLSX, new byte[] {1, 2}), 400);
        assertThat(macro.get("code").asString()).isEqualTo("import.reject.macro");
        assertThat(macro.get("field").asString()).isEqualTo("file");
        JsonNode big = json(send("POST", "/api/v1/list/imports/preview?fileName=list.xlsx", editor, XLSX,
                new byte[11 * 1024 * 1024]), 413);
        assertThat(big.get("code").asString()).isEqualTo("api.problem.too-large");
        assertThat(send("GET", "/api/v1/list/versions/1/documents/exe", editor, null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/change-requests/9999/source", editor, null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/list/versions/1/documents/xlsx", null, null, null).statusCode()).isEqualTo(401);
        // the other agency's token downloads its own version 1, never this one's
        String other = token("dizo.editor", "editor", "dizo-nso");
        HttpResponse<byte[]> theirs = send("GET", "/api/v1/list/versions/1/documents/csv", other, null, null);
        assertThat(theirs.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("dizo-nso"));
    }

    private HttpResponse<byte[]> send(String method, String path, String bearer, String type, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response, int status) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(text).isEqualTo(status);
        return JSON.readTree(text);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
