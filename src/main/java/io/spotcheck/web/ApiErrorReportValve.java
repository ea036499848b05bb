package io.spotcheck.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report for what never reaches the application (a path with {@code %ZZ}, {@code %00} or an
 * encoded slash, a bad request line, a request target with raw non-ASCII bytes): problem+json for {@code /api/**} and
 * for a request target that could not be parsed, instead of Tomcat's HTML page, and Tomcat's page without server
 * details elsewhere.
 */
final class ApiErrorReportValve extends ErrorReportValve {

    ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!api(request)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(ApiProblem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(ApiProblem.bytes(status), StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed: nothing more to say
        }
    }

    /**
     * Whether the refused request is the API's. A request target Tomcat could not parse (a raw non-ASCII byte or a
     * control character in it, as curl sends a Chinese query word it was given unencoded) leaves no path to look at;
     * the pages never produce such a target (browsers percent-encode), so it is answered as the API's (CONTRACT §4).
     */
    private static boolean api(Request request) {
        String uri = request.getRequestURI();
        return uri == null || uri.isEmpty() || ApiProblem.isApi(uri);
    }
}
