package ru.perechen.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The suite's hands: bearer tokens from Keycloak, calls to the application's API, and a look into its database. */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String issuer;
    private final String demoPassword;
    private final int postgresPort;
    private String appUrl;

    ApiClient(String issuer, String demoPassword, int postgresPort) {
        this.issuer = issuer;
        this.demoPassword = demoPassword;
        this.postgresPort = postgresPort;
    }

    void pointAt(ChildApplication app) {
        this.appUrl = app.url();
    }

    String token(String username) {
        String form = Map.of("grant_type", "password", "client_id", "perechen-cli", "username", username,
                        "password", demoPassword, "scope", "openid organization").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    JsonNode call(String method, String path, String bearer, Object json, int expectedStatus) {
        HttpResponse<String> response = send(request(method, path, bearer, json));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** A call the suite kills the application during: its answer, if any, does not matter. */
    CompletableFuture<HttpResponse<String>> callAndForget(String method, String path, String bearer, Object json) {
        return HTTP.sendAsync(request(method, path, bearer, json), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> uploadAndForget(String path, String bearer, byte[] body) {
        return HTTP.sendAsync(upload(path, bearer, body), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode upload(String path, String bearer, byte[] body, int expectedStatus) {
        HttpResponse<String> response = send(upload(path, bearer, body));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    byte[] download(String path, String bearer) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(appUrl + path))
                    .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One number from the application's database, read as the superuser (no row-level security). */
    long count(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/perechen", "postgres", "");
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest request(String method, String path, String bearer, Object json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer);
        return request.build();
    }

    private HttpRequest upload(String path, String bearer, byte[] body) {
        return HttpRequest.newBuilder(URI.create(appUrl + path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
