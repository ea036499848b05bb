package io.spotcheck.web;

import io.spotcheck.shared.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The problem+json (RFC 9457) of a failure that happens before any controller of {@code /api/**} is reached: a
 * malformed path or query the server refuses, a firewall rejection, an error forwarded to {@code /error}. Says
 * what kind of failure it was and never repeats the request.
 */
final class ApiProblem {

    static final String MEDIA_TYPE = "application/problem+json";

    private ApiProblem() {
    }

    /** Whether a request path (raw or decoded) belongs to the API. */
    static boolean isApi(String uri) {
        return uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
    }

    static Map<String, Object> body(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail(status));
        return body;
    }

    static byte[] bytes(int status) {
        return Json.compact(body(status)).getBytes(StandardCharsets.UTF_8);
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "the request cannot be read: a malformed path, query string, header or body";
            case 401 -> "sign in with HTTP Basic";
            case 403 -> "your roles do not allow this request";
            case 404 -> "no such resource";
            case 405 -> "this method is not supported here";
            case 413 -> "the request is too large";
            case 414 -> "the request path or query string is too long";
            case 431 -> "the request headers are too large";
            default -> status >= 500 ? "the service failed to answer; the failure is logged" : "the request is refused";
        };
    }
}
