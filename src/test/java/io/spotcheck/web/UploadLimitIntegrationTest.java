package io.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.boot.SpotcheckApplication;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** CONTRACT §4: a file over spotcheck.upload.max-file-size is answered 413, as problem+json, by the real server. */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spotcheck.upload.max-file-size=64KB")
class UploadLimitIntegrationTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> upload(int firmsBytes) throws Exception {
        String boundary = "spotcheck-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"firms.csv\"; filename=\"firms.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes("x".repeat(firmsBytes).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2027\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/plans"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("planner:planner-pw".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFileOverTheLimitIs413AndOneAtTheLimitIsRead() throws Exception {
        HttpResponse<String> over = upload(64 * 1024 + 1);
        HttpResponse<String> at = upload(64 * 1024);

        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(over.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(over.body()).doesNotContain("Exception", "org.");
        assertThat(at.statusCode()).isEqualTo(400);
        assertThat(at.body()).contains("\"field\":\"budget\"");
    }
}
