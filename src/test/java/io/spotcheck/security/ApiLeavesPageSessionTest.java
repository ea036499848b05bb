package io.spotcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.boot.SpotcheckApplication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CONTRACT §6: the API is stateless, so an API call that carries the pages' session cookie beside HTTP Basic (a
 * browser's, or a script's cookie jar) leaves the person signed in on the pages, whoever the Basic user is. On the
 * real server, since Tomcat's session (not MockMvc's) is what a changed session id loses.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiLeavesPageSessionTest {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
        return m.group(1);
    }

    /** Signs in on the form as a person would; the session cookie's value. */
    private String signInOnTheForm(String name) throws Exception {
        var page = send(at("/login"));
        String cookie = "JSESSIONID=" + find(SESSION, page.headers().firstValue("Set-Cookie").orElseThrow());
        String form = "username=" + name + "&password=" + name + "-pw&_csrf="
                + URLEncoder.encode(find(CSRF, page.body()), StandardCharsets.UTF_8);
        var signedIn = send(at("/login").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return signedIn.headers().firstValue("Set-Cookie").map(c -> "JSESSIONID=" + find(SESSION, c)).orElse(cookie);
    }

    @ParameterizedTest(name = "{1} as {2} with the session of {0}")
    @CsvSource({"officer, /api/v1/worklist, officer", "officer, /api/v1/worklist.csv, officer",
            "officer, /api/v1/cases, officer", "officer, /api/v1/rules, admin", "auditor, /api/v1/audit/verify, auditor"})
    void anApiCallLeavesThePageSignedIn(String pageUser, String route, String basicUser) throws Exception {
        String cookie = signInOnTheForm(pageUser);
        assertThat(send(at("/register").header("Cookie", cookie)).statusCode()).isEqualTo(200);

        var api = send(at(route).header("Cookie", cookie).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((basicUser + ":" + basicUser + "-pw").getBytes())));

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).as("the API sets no cookie").isEmpty();
        var page = send(at("/register").header("Cookie", cookie));
        assertThat(page.statusCode()).as("the page after the API call (%s)", page.headers().map()).isEqualTo(200);
    }
}
