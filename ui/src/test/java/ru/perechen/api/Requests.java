package ru.perechen.api;

import static ru.perechen.uitest.ApiTokens.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Change requests of a seed agency walked over the API to where an order scan may be sent: a row of the
 * list in force changed by the editor, submitted, approved by whoever the route asks in turn, and — for a
 * correction — enacted. Each call uses a row of its own, so one request never conflicts with the other.
 */
final class Requests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String[]> APPROVERS = List.of(new String[] {"head", "unit-head"},
            new String[] {"deputy", "supervising-deputy"}, new String[] {"cc", "cc-deputy"}, new String[] {"admin", "tenant-admin"});

    record Walked(int number, long version) {
    }

    private final HttpClient http;
    private final int port;
    private int nextRow;

    Requests(HttpClient http, int port) {
        this.http = http;
        this.port = port;
    }

    Walked approved(String agency, String title, boolean enact) throws Exception {
        String prefix = ru.perechen.admin.SeedAgencies.PREFIXES.get(agency);
        String editor = token(prefix + ".editor", "editor", agency);
        JsonNode draft = body(call("POST", "/api/v1/change-requests", editor, Map.of("title", title)), 201);
        int number = draft.get("number").asInt();
        long version = draft.get("version").asLong();
        JsonNode rows = body(call("GET", "/api/v1/list?limit=200", editor, null), 200).get("rows");
        while (true) {
            if (nextRow >= rows.size()) {
                throw new IllegalStateException("no row of " + agency + " the editor may change");
            }
            JsonNode row = rows.get(nextRow++);
            Map<String, Object> content = Map.of("processId", row.get("processId").asString(),
                    "touchpointId", row.get("touchpointId").asString(),
                    "unitId", row.get("unitId").isNull() ? "" : row.get("unitId").asString(),
                    "needs", JSON.convertValue(row.get("needs"), List.class), "specifics", title);
            HttpResponse<String> changed = call("PUT", "/api/v1/change-requests/" + number + "/rows/" + row.get("entryKey").asString(),
                    editor, Map.of("version", version, "content", content));
            if (changed.statusCode() == 200) {
                version = JSON.readTree(changed.body()).get("version").asLong();
                break;
            }
        }
        version = body(call("PUT", "/api/v1/change-requests/" + number + "/description", editor,
                Map.of("version", version, "title", title, "note", "Пояснительная записка: " + title)), 200).get("version").asLong();
        JsonNode request = body(call("POST", "/api/v1/change-requests/" + number + "/submit", editor, Map.of("version", version)), 200);
        int rounds = 0;
        while (!request.get("status").asString().equals("APPROVED")) {
            if (++rounds > 10) {
                throw new IllegalStateException("request " + number + " is not approved: " + request);
            }
            for (String[] approver : APPROVERS) {
                HttpResponse<String> decided = call("POST", "/api/v1/change-requests/" + number + "/approve",
                        token(prefix + "." + approver[0], approver[1], agency), Map.of("version", request.get("version").asLong()));
                if (decided.statusCode() == 200) {
                    request = JSON.readTree(decided.body());
                    break;
                }
            }
        }
        if (enact) {
            request = body(call("POST", "/api/v1/change-requests/" + number + "/enact", token(prefix + ".cc", "cc-deputy", agency),
                    Map.of("version", request.get("version").asLong(), "actNumber", "77", "actDate", "2026-11-27")), 200);
        }
        return new Walked(number, request.get("version").asLong());
    }

    private HttpResponse<String> call(String method, String path, String bearer, Object json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode body(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
