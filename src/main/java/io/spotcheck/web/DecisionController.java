package io.spotcheck.web;

import io.spotcheck.audit.AuditedDecisions;
import io.spotcheck.casefile.CaseReader;
import io.spotcheck.decision.Decision;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    @Operation(summary = "Decide one case", description = "Seriousness, filing, interviews, listings, the dated next "
            + "steps and the timeline, each justified by the rules that fired with their legal basis. The decision is "
            + "stored in the audit log before it is returned; the body is the exact JSON stored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = io.spotcheck.casefile.CaseRequest.class),
            examples = {@ExampleObject(name = "contract example", externalValue = "", value = ApiExamples.CASE),
                    @ExampleObject(name = "version 2: passed re-test, new findings", value = ApiExamples.CASE_V2)}))
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Decision.class)))
    @ApiResponse(responseCode = "400", description = "bad input: each problem with its field path",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = ApiExamples.PROBLEM)))
    @ApiResponse(responseCode = "413", description = "body over 1 MiB")
    @ApiResponse(responseCode = "503", description = "the audit store cannot keep the decision: none is given out")
    ResponseEntity<String> decide(HttpServletRequest request) throws IOException {
        var stored = decisions.decide(reader.read(body(request)), requestedBy(request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(stored.json());
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
