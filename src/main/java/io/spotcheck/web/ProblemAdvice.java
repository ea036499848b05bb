package io.spotcheck.web;

import io.spotcheck.audit.StoreHealth;
import io.spotcheck.audit.StoreUnavailableException;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Text;
import io.spotcheck.register.RegisterRefusal;
import io.spotcheck.targeting.Planner;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json} (RFC 9457). Bad input lists each problem with its field path
 * under {@code errors}; an unexpected failure says only that it happened, never a stack trace.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final int MAX_DETAIL = 120;

    private final ObjectProvider<StoreHealth> storeHealth;

    ProblemAdvice(ObjectProvider<StoreHealth> storeHealth) {
        this.storeHealth = storeHealth;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.problems().size() == 1 ? "1 problem in the request" : e.problems().size() + " problems in the request");
        problem.setType(URI.create("urn:spotcheck:problem:invalid-input"));
        problem.setTitle("Invalid input");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Request body too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(Planner.CannotPlan.class)
    ResponseEntity<ProblemDetail> cannotPlan(Planner.CannotPlan e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The plan cannot be made");
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(RegisterRefusal.class)
    ResponseEntity<ProblemDetail> refused(RegisterRefusal e) {
        HttpStatus status = HttpStatus.valueOf(e.status().code());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(switch (e.status()) {
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Forbidden";
            case CONFLICT -> "Conflict with what is stored";
            case UNPROCESSABLE -> "Not allowed by the rules";
        });
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        }
        return ResponseEntity.status(status).body(problem);
    }

    /** An approved plan cannot be changed (409); a planner does not approve a plan of their own (403). */
    @ExceptionHandler(io.spotcheck.audit.PlanReviews.Refused.class)
    ResponseEntity<ProblemDetail> planRefused(io.spotcheck.audit.PlanReviews.Refused e) {
        boolean approved = e.reason() == io.spotcheck.audit.PlanReviews.Refused.Reason.ALREADY_APPROVED;
        HttpStatus status = approved ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create(approved ? "urn:spotcheck:problem:plan-approved"
                : "urn:spotcheck:problem:own-plan"));
        problem.setTitle(approved ? "The plan is approved and cannot be changed" : "Not your own plan");
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> storeDown(StoreUnavailableException e) {
        log.debug("audit store unavailable", e); // logged once a minute by the store's health, not per request
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The audit store cannot keep records now, so no decision is given out. Try again later.");
        problem.setTitle("Audit store unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    /**
     * A read that found the store gone (a closed or unreachable database): 503 like a refused write, the store's
     * health down, and one log line a minute instead of a stack trace per request.
     */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> storeUnreadable(DataAccessResourceFailureException e) {
        storeHealth.ifAvailable(h -> h.failed(e));
        log.debug("audit store unreadable", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The audit store cannot be read now. Try again later.");
        problem.setTitle("Audit store unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    /** A multipart body that cannot be parsed is bad input, not a failure of the service. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the multipart body cannot be read: send multipart/form-data with a boundary and well-formed parts");
        problem.setTitle("Malformed multipart request");
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring's own problems (type mismatch, unsupported media type, no resource) quote the request: cut them. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getDetail() != null) {
            problem.setDetail(Text.cut(problem.getDetail(), MAX_DETAIL));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service failed to answer; the failure is logged. Nothing was decided.");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }
}
