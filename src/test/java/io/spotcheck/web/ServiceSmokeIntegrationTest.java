package io.spotcheck.web;

import io.spotcheck.boot.SpotcheckApplication;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole service on a real port (loopback): health, a decision, a refused request, the catalogue. */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceSmokeIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-pw".getBytes()));
    }

    @Test
    void servesHealthDecisionsErrorsAndRules() throws Exception {
        var health = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")));
        var anonymous = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/rules")));
        var decision = send(to("/api/v1/cases/decide").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("samples/cases/02-kettle-unsafe-producer.json"))));
        var refused = send(to("/api/v1/cases/decide").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"firm\":{}}")));
        var rules = send(to("/api/v1/rules"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(health.body()).contains("\"UP\"");
        assertThat(decision.statusCode()).isEqualTo(200);
        assertThat(decision.body()).contains("\"filing\":\"MUST_FILE\"").contains("\"UNSAFE_STANDARD\"");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("firm.uscc").doesNotContain("Exception");
        assertThat(rules.statusCode()).isEqualTo(200);
        assertThat(rules.body()).contains("\"CLS-001\"");
    }
}
