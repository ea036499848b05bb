package io.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service, killed with SIGKILL right after it acknowledged a decision: after a restart on the same
 * ./data/ the decision is there, the chain verifies, and the audit command agrees. Runs in {@code verify}, on the jar.
 */
class CrashRecoveryIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path workDir;

    private Process start(int port) throws IOException {
        return JarProcess.start(workDir, port, java.util.Map.of("SPOTCHECK_USERS", "officer:crash-pw:OFFICER+AUDITOR"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString("officer:crash-pw".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAcknowledgedDecisionSurvivesKillNine() throws Exception {
        int port = JarProcess.freePort();
        Process first = start(port);
        HttpResponse<String> decided;
        try {
            decided = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases/decide"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("samples/cases/01-announced-recheck-failed-producer.json"))));
        } finally {
            first.destroyForcibly().waitFor();
        }
        assertThat(decided.statusCode()).isEqualTo(200);
        String id = Json.COMPACT.readTree(decided.body()).get("decisionId").asString();

        Process second = start(port);
        HttpResponse<String> stored;
        HttpResponse<String> verified;
        try {
            stored = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/decisions/" + id)));
            verified = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/audit/verify")));
        } finally {
            second.destroy();
            second.waitFor();
        }

        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(Json.COMPACT.readTree(stored.body()).get("requestedBy").asString()).isEqualTo("officer");
        assertThat(Json.COMPACT.readTree(stored.body()).get("response").toString())
                .isEqualTo(Json.COMPACT.readTree(decided.body()).toString());
        assertThat(Json.COMPACT.readTree(verified.body()).path("records").asLong()).isEqualTo(1);
        assertThat(Json.COMPACT.readTree(verified.body()).path("broken").isNull()).isTrue();
        assertThat(Json.COMPACT.readTree(verified.body()).path("checkpoint").path("position").asLong()).isEqualTo(1);
        assertThat(decided.headers().firstValue("Spotcheck-Receipt")).hasValueSatisfying(r -> assertThat(r)
                .startsWith("position=1; hash=sha256:"));

        Process audit = new ProcessBuilder(JarProcess.java("-jar", JarProcess.JAR.toString(), "audit", "verify"))
                .directory(workDir.toFile()).redirectErrorStream(false).start();
        String printed = new String(audit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(audit.waitFor()).isZero();
        assertThat(printed).contains("\"records\" : 1").contains("\"broken\" : null");
        assertThat(Files.isDirectory(workDir.resolve("data"))).isTrue();
    }
}
