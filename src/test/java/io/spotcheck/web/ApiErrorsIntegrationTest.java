package io.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.boot.SpotcheckApplication;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CONTRACT §4: every 4xx and 5xx of {@code /api/**} is problem+json, also for what Tomcat or the firewall refuses
 * before the application (raw HTTP over loopback, since no client library sends such paths); §6: the session cookie.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsIntegrationTest {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes());
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|jakarta|org|tools|com)\\.[a-z]+\\.");

    @LocalServerPort
    int port;

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private Answer raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.merge(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).strip(), (a, b) -> a + "\n" + b);
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    private Answer get(String target) throws Exception {
        return raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + ADMIN
                + "\r\nConnection: close\r\n\r\n");
    }

    private static void isProblem(Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("<html", "Tomcat", "Exception");
        Matcher m = CLASS_NAME.matcher(answer.body());
        assertThat(m.find()).as("a Java class name in %s", answer.body()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/decisions/%ZZ", "/api/v1/decisions/%00", "/api/v1/..%2Fdecisions",
            "/api/v1/decisions/%2F", "/api/v1/rules/%", "/api/v1/decisions/a%5Cb", "/api/v1/decisions/a;b",
            "/api/v1/decisions/%25", "/api/v1/rules?x=%ZZ", "/api/v1/decisions?caseRef=%00",
            "/api/v1/decisions?page=%ZZ", "/api/v1/decisions?page=1000000000000", "/api/v1/decisions?from=2027-02-30"})
    @DisplayName("malformed paths and query strings under /api answer 400 problem+json")
    void malformedPathsAndQueries(String target) throws Exception {
        isProblem(get(target), 400);
    }

    /** The request target's characters sent as UTF-8 bytes, as curl sends a Chinese word it was given raw. */
    private static String utf8(String target) {
        return new String(target.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/worklist?district=浦东新区", "/api/v1/cases?q=电器", "/api/v1/cases/电器",
            "/api/v1/cases?q=a b", "/api/v1/cases?q=\u0001", "/api/v1/cases?q=\u007F"})
    @DisplayName("a request target Tomcat cannot parse (raw non-ASCII, a space, a control character) is 400 problem+json")
    void unparseableRequestTargets(String target) throws Exception {
        String raw = utf8(target);
        isProblem(get(raw), 400);
        isProblem(raw("GET " + raw + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    @DisplayName("harmless ASCII punctuation in a query string is accepted as it comes")
    void relaxedQueryCharacters() throws Exception {
        var answer = get("/api/v1/cases?q=a|b{c}[d]^e`f\"g<h>i\\j");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"items\"");
    }

    @Test
    @DisplayName("a refusal of a query with such punctuation is problem+json")
    void relaxedQueryCharactersInARefusal() throws Exception {
        isProblem(get("/api/v1/cases?page=a|b{c}"), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/cases/NO|SUCH", "/api/v1/cases/NO{SUCH}", "/api/v1/cases/a\\b"})
    @DisplayName("raw punctuation in a path is refused as 400 problem+json (percent-encode it)")
    void strictPathCharacters(String target) throws Exception {
        isProblem(get(target), 400);
    }

    @Test
    @DisplayName("a path repeated in a 404 is not echoed at length")
    void longUnknownPath() throws Exception {
        var answer = get("/api/v1/" + "q".repeat(3000));

        isProblem(answer, 404);
        assertThat(answer.body()).doesNotContain("q".repeat(201));
    }

    @Test
    @DisplayName("a malformed multipart body answers 400 problem+json, not 500")
    void badMultipart() throws Exception {
        String body = "--XYZ\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2027\r\n--XY";
        var answer = raw("POST /api/v1/plans HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + ADMIN
                + "\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);

        isProblem(answer, 400);
    }

    @Test
    @DisplayName("a page path keeps an HTML error page")
    void pagesKeepHtml() throws Exception {
        var answer = get("/decisions/%ZZ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).doesNotContain("problem+json");
    }

    @Test
    @DisplayName("the session cookie is HttpOnly and SameSite=Lax, not Secure over plain HTTP")
    void sessionCookie() throws Exception {
        var answer = raw("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(answer.header("Set-Cookie")).contains("JSESSIONID=").contains("HttpOnly")
                .contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
    }
}
