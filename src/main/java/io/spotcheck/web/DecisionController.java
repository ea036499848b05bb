package io.spotcheck.web;

import io.spotcheck.audit.AuditedDecisions;
import io.spotcheck.casefile.CaseReader;
import io.spotcheck.decision.Decision;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/cases/decide}: the case decision (CONTRACT §1). */
@RestController
class DecisionController {

    static final int MAX_BODY = 1024 * 1024;

    private final CaseReader reader;
    private final AuditedDecisions decisions;

    DecisionController(CaseReader reader, AuditedDecisions decisions) {
        this.reader = reader;
        this.decisions = decisions;
    }

    @PostMapping(path = "/api/v1/cases/decide", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Decision decide(HttpServletRequest request) throws IOException {
        return decisions.decide(reader.read(body(request)), requestedBy(request));
    }

    /** Who asked: the authenticated user, or "anonymous". */
    static String requestedBy(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
    }

    /** The body, refused before reading when it announces more than 1 MiB, and cut off when it sends more. */
    static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new BodyTooLargeException(MAX_BODY);
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new BodyTooLargeException(MAX_BODY);
        }
        return body;
    }
}
