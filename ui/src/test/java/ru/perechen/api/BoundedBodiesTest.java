package ru.perechen.api;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.perechen.uitest.ApiTokens.token;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.perechen.uitest.MockIssuer;

/**
 * Upload bodies over real HTTP, written by hand on a socket so that the test, not a client library,
 * decides what is sent: a body that declares 700 MB is answered after its first 64 KB (the app never
 * waits for, let alone holds, the rest) — by 403 when the caller may not upload there at all, by a 413
 * problem in Russian when they may; a body that declares no size is refused once counted past the limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "perechen.demo-data.enabled=true")
class BoundedBodiesTest {

    static final long SEVEN_HUNDRED_MB = 700L * 1024 * 1024;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        MockIssuer.register(registry);
    }

    @Test
    void a_viewer_sending_700_mb_as_an_act_scan_is_refused_before_the_body_is_read() throws Exception {
        String answer = declaredBody("PUT", "/api/v1/change-requests/1/act-scan?version=0", token("mpt.viewer", "viewer", "minpromtorg-nso"),
                "application/pdf", SEVEN_HUNDRED_MB);
        assertThat(answer).matches("(?s)HTTP/1.1 40[349].*");
    }

    @Test
    void an_editor_sending_700_mb_to_the_import_gets_a_413_problem_in_russian_at_once() throws Exception {
        String answer = declaredBody("POST", "/api/v1/list/imports/preview?fileName=list.xlsx", token("mpt.editor", "editor", "minpromtorg-nso"),
                "application/octet-stream", SEVEN_HUNDRED_MB);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("\"code\":\"api.problem.too-large\"").contains("не более 10 МБ");
    }

    @Test
    void a_viewer_may_not_import_and_is_told_so_before_the_file_is_read() throws Exception {
        String answer = declaredBody("POST", "/api/v1/list/imports/preview?fileName=list.xlsx", token("mpt.viewer", "viewer", "minpromtorg-nso"),
                "application/octet-stream", SEVEN_HUNDRED_MB);
        assertThat(answer).startsWith("HTTP/1.1 403");
    }

    @Test
    void a_body_without_a_declared_size_is_counted_and_refused_past_the_limit() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/list/imports/preview?fileName=list.xlsx HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token("mpt.editor", "editor", "minpromtorg-nso") + "\r\n"
                    + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1024 * 1024];
            try {
                for (int i = 0; i < 12; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByTheServer) {
                // the app answered and closed before the whole body went out: what it said is read below
            }
            String answer = read(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("\"code\":\"api.problem.too-large\"");
        }
    }

    @Test
    void any_other_body_over_two_megabytes_is_refused_before_security_or_a_parser_reads_it() throws Exception {
        String json = declaredBody("POST", "/api/v1/change-requests", token("mpt.editor", "editor", "minpromtorg-nso"),
                "application/json", 3L * 1024 * 1024);
        assertThat(json).startsWith("HTTP/1.1 413").contains("\"code\":\"api.problem.too-large\"");
        String form = declaredBody("PUT", "/api/v1/change-requests/1/description", "no-token",
                "application/x-www-form-urlencoded", SEVEN_HUNDRED_MB);
        assertThat(form).startsWith("HTTP/1.1 413");
        String page = declaredBody("POST", "/?v-r=uidl", "no-token", "application/json", SEVEN_HUNDRED_MB);
        assertThat(page).startsWith("HTTP/1.1 413");
    }

    /** Sends the headers with the declared length and the first 64 KB of the body, then reads the answer. */
    private String declaredBody(String method, String path, String token, String type, long length) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Content-Type: " + type + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** The answer's head and body: up to its Content-Length, or to the last chunk, or to the end of the connection. */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            for (int b; (b = in.read()) >= 0 && answer.size() < 64 * 1024; ) {
                answer.write(b);
                if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (IOException reset) {
            // the app may close the connection right after answering; what came before counts
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String text) {
        int head = text.indexOf("\r\n\r\n");
        if (head < 0) {
            return false;
        }
        var length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text.substring(0, head));
        if (length.find()) {
            return text.getBytes(StandardCharsets.ISO_8859_1).length - head - 4 >= Integer.parseInt(length.group(1));
        }
        return text.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked") ? text.endsWith("\r\n0\r\n\r\n") : false;
    }
}
