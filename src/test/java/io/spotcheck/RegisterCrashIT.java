package io.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.register.RegisterWebTest;
import io.spotcheck.shared.Json;
import io.spotcheck.support.JarProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged service killed with SIGKILL while a large results file is being imported and events are being
 * recorded: after a restart every acknowledged event is there, the file is there whole or not at all (never half),
 * and the chain verifies. Runs in {@code verify}, on the jar.
 */
class RegisterCrashIT {

    private static final int ROWS = 5_000;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path workDir;

    private Process start(int port) throws IOException {
        return JarProcess.start(workDir, port, java.util.Map.of("SPOTCHECK_USERS", "muni:crash-pw:OFFICER+AUDITOR",
                "SPOTCHECK_TODAY", "2026-11-30"));
    }

    private HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("muni:crash-pw".getBytes()));
    }

    private static HttpRequest.BodyPublisher results(String csv) {
        String body = "--B\r\nContent-Disposition: form-data; name=\"results.csv\"; filename=\"results.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--B--\r\n";
        return HttpRequest.BodyPublishers.ofString(body);
    }

    @Test
    void killNineDuringAnImportAndEventsLosesNothingAcknowledgedAndKeepsNoHalfFile() throws Exception {
        int port = JarProcess.freePort();
        Process first = start(port);
        Set<String> acknowledged = new HashSet<>();
        CompletableFuture<HttpResponse<String>> bigImport;
        try {
            var small = http.send(request(port, "/api/v1/results").header("Content-Type",
                    "multipart/form-data; boundary=B").POST(results(RegisterWebTest.HEADER
                    + RegisterWebTest.failedKettle("CRASH-1", RegisterWebTest.uscc(1), "浦东新区", "2026-09-10",
                    "2026-09-21"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(small.statusCode()).isEqualTo(200);
            StringBuilder csv = new StringBuilder(RegisterWebTest.HEADER);
            for (int i = 0; i < ROWS; i++) {
                csv.append(RegisterWebTest.failedKettle("BIG-" + i, RegisterWebTest.uscc(10_000 + i), "黄浦区",
                        "2026-09-10", "2026-09-21"));
            }
            bigImport = http.sendAsync(request(port, "/api/v1/results").header("Content-Type",
                    "multipart/form-data; boundary=B").POST(results(csv.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (int i = 0; i < 30; i++) {
                var recorded = http.send(request(port, "/api/v1/cases/CRASH-1/events")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"type\":\"MAIL_SENT\",\"date\":\"2026-10-01\",\"signed\":" + (i % 2 == 0) + "}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(recorded.statusCode()).isEqualTo(201);
                JsonNode events = Json.COMPACT.readTree(recorded.body()).path("events");
                acknowledged.add(events.get(events.size() - 1).path("id").asString());
            }
        } finally {
            first.destroyForcibly().waitFor();
        }
        boolean importAcknowledged = bigImport.handle((r, e) -> r != null && r.statusCode() == 200).get();

        Process second = start(port);
        try {
            JsonNode view = Json.COMPACT.readTree(http.send(request(port, "/api/v1/cases/CRASH-1").build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            Set<String> stored = new HashSet<>(view.path("events").findValuesAsString("id"));
            String history = http.send(request(port, "/api/v1/results/history.csv").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long bigRows = history.lines().filter(l -> l.contains(",2026-09-10") && !l.startsWith(
                    RegisterWebTest.uscc(1))).count();
            String verified = http.send(request(port, "/api/v1/audit/verify").build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(stored).containsAll(acknowledged);
            assertThat(bigRows).isIn(0L, (long) ROWS);
            if (importAcknowledged) {
                assertThat(bigRows).isEqualTo(ROWS);
            }
            assertThat(Json.COMPACT.readTree(verified).path("broken").isNull()).isTrue();
        } finally {
            second.destroy();
            second.waitFor();
        }
    }
}
