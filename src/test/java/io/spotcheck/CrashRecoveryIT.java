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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged service killed with SIGKILL right after it acknowledged a decision, while a large results file is
 * being imported and events are being recorded: after a restart on the same ./data/ the decision is there as it was
 * answered, every acknowledged event is there, the file is there whole or not at all (never half), the chain
 * verifies, and the audit command agrees. Runs in {@code verify}, on the jar (one kill and one restart for all of
 * it: the jar's starts are most of the test's time).
 */
class CrashRecoveryIT {

    private static final int ROWS = 5_000;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path workDir;

    private Process start(int port) throws IOException {
        return JarProcess.start(workDir, port, Map.of("SPOTCHECK_USERS", "officer:crash-pw:OFFICER+AUDITOR",
                "SPOTCHECK_TODAY", "2026-11-30"));
    }

    private HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("officer:crash-pw".getBytes()));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher results(String csv) {
        String body = "--B\r\nContent-Disposition: form-data; name=\"results.csv\"; filename=\"results.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--B--\r\n";
        return HttpRequest.BodyPublishers.ofString(body);
    }

    @Test
    void killNineLosesNothingAcknowledgedAndKeepsNoHalfFile() throws Exception {
        int port = JarProcess.freePort();
        Process first = start(port);
        HttpResponse<String> decided;
        Set<String> acknowledged = new HashSet<>();
        CompletableFuture<HttpResponse<String>> bigImport;
        try {
            decided = send(request(port, "/api/v1/cases/decide").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(
                            Path.of("samples/cases/01-announced-recheck-failed-producer.json"))).build());
            assertThat(decided.statusCode()).isEqualTo(200);
            var small = send(request(port, "/api/v1/results").header("Content-Type", "multipart/form-data; boundary=B")
                    .POST(results(RegisterWebTest.HEADER + RegisterWebTest.failedKettle("CRASH-1",
                            RegisterWebTest.uscc(1), "浦东新区", "2026-09-10", "2026-09-21"))).build());
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
                var recorded = send(request(port, "/api/v1/cases/CRASH-1/events")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"type\":\"MAIL_SENT\",\"date\":\"2026-10-01\",\"signed\":" + (i % 2 == 0) + "}"))
                        .build());
                assertThat(recorded.statusCode()).isEqualTo(201);
                JsonNode events = Json.COMPACT.readTree(recorded.body()).path("events");
                acknowledged.add(events.get(events.size() - 1).path("id").asString());
            }
        } finally {
            first.destroyForcibly().waitFor();
        }
        boolean importAcknowledged = bigImport.handle((r, e) -> r != null && r.statusCode() == 200).get();
        String id = Json.COMPACT.readTree(decided.body()).get("decisionId").asString();

        Process second = start(port);
        HttpResponse<String> stored;
        JsonNode view;
        String history;
        JsonNode verified;
        try {
            stored = send(request(port, "/api/v1/decisions/" + id).build());
            view = Json.COMPACT.readTree(send(request(port, "/api/v1/cases/CRASH-1").build()).body());
            history = send(request(port, "/api/v1/results/history.csv").build()).body();
            verified = Json.COMPACT.readTree(send(request(port, "/api/v1/audit/verify").build()).body());
        } finally {
            second.destroy();
            second.waitFor();
        }

        // the decision, acknowledged first (its receipt names the chain's first record), is there as answered
        assertThat(decided.headers().firstValue("Spotcheck-Receipt")).hasValueSatisfying(r -> assertThat(r)
                .startsWith("position=1; hash=sha256:"));
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(Json.COMPACT.readTree(stored.body()).get("requestedBy").asString()).isEqualTo("officer");
        assertThat(Json.COMPACT.readTree(stored.body()).get("response").toString())
                .isEqualTo(Json.COMPACT.readTree(decided.body()).toString());
        // every acknowledged event; the big file whole or not at all
        assertThat(new HashSet<>(view.path("events").findValuesAsString("id"))).containsAll(acknowledged);
        long bigRows = history.lines().filter(l -> l.contains(",2026-09-10") && !l.startsWith(
                RegisterWebTest.uscc(1))).count();
        assertThat(bigRows).isIn(0L, (long) ROWS);
        if (importAcknowledged) {
            assertThat(bigRows).isEqualTo(ROWS);
        }
        // the chain verifies, up to its head checkpoint
        long records = verified.path("records").asLong();
        assertThat(records).isGreaterThanOrEqualTo(1 + 1 + acknowledged.size());
        assertThat(verified.path("broken").isNull()).isTrue();
        assertThat(verified.path("checkpoint").path("position").asLong()).isEqualTo(records);

        // and so does the command line, reading the same ./data/ after the service has stopped
        Process audit = new ProcessBuilder(JarProcess.java("-jar", JarProcess.JAR.toString(), "audit", "verify"))
                .directory(workDir.toFile()).redirectErrorStream(false).start();
        String printed = new String(audit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(audit.waitFor()).isZero();
        assertThat(printed).contains("\"records\" : " + records).contains("\"broken\" : null");
        assertThat(Files.isDirectory(workDir.resolve("data"))).isTrue();
    }
}
