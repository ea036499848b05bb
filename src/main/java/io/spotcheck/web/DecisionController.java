package io.spotcheck.web;

import io.spotcheck.casefile.CaseReader;
import io.spotcheck.decision.CaseDecider;
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
    private final CaseDecider decider;

    DecisionController(CaseReader reader, CaseDecider decider) {
        this.reader = reader;
        this.decider = decider;
    }

    @PostMapping(path = "/api/v1/cases/decide", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Decision decide(HttpServletRequest request) throws IOException {
        return decider.decide(reader.read(body(request)));
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
