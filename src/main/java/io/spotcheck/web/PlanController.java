package io.spotcheck.web;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.audit.AuditedDecisions;
import io.spotcheck.targeting.PlanRequest;
import io.spotcheck.targeting.PlanSummary;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/v1/plans} (multipart CSV files) and the plan's summary and CSV (CONTRACT §2). */
@RestController
class PlanController {

    static final Set<String> FILES = Set.of("catalogue.csv", "firms.csv", "history.csv", "signals.csv",
            "inspectors.csv");

    private final AuditedDecisions decisions;
    private final AuditLog log;

    PlanController(AuditedDecisions decisions, AuditLog log) {
        this.decisions = decisions;
        this.log = log;
    }

    @Operation(summary = "Make the annual sampling plan", description = "Multipart: the CSV files as parts named after their files (catalogue.csv, firms.csv, history.csv, optional signals.csv and inspectors.csv) plus year, budget, seed and optional start. Returns 201 with the summary and its id; 400 names bad rows as file:line:column; 422 when the mandatory part exceeds the budget.")
    @PostMapping(path = "/api/v1/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanSummary> plan(jakarta.servlet.http.HttpServletRequest http,
                                     @RequestParam Map<String, MultipartFile> parts,
                                     @RequestParam(required = false) String year,
                                     @RequestParam(required = false) String budget,
                                     @RequestParam(required = false) String seed,
                                     @RequestParam(required = false) String start) {
        PlanRequest request = request(parts, year, budget, seed, start);
        PlanSummary summary = decisions.plan(request,
                name -> parts.containsKey(name) ? parts.get(name).getInputStream() : null,
                DecisionController.requestedBy(http));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + summary.id())).body(summary);
    }

    @Operation(summary = "A stored plan's summary")
    @GetMapping(path = "/api/v1/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    String summary(@PathVariable String id) {
        return log.find(id, AuditRecord.Kind.PLAN).map(AuditRecord::response)
                .orElseThrow(() -> notFound(id));
    }

    @Operation(summary = "A stored plan's rows", description = "uscc,name,district,category_code,tier,reasons,inspectors — byte-identical to the command line's plan.csv for the same inputs and seed.")
    @GetMapping(path = "/api/v1/plans/{id}/plan.csv", produces = "text/csv;charset=UTF-8")
    String csv(@PathVariable String id) {
        return log.planCsv(id).orElseThrow(() -> notFound(id));
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + id);
    }

    private static PlanRequest request(Map<String, MultipartFile> parts, String year, String budget, String seed,
                                       String start) {
        List<Problem> problems = new ArrayList<>();
        parts.keySet().stream().filter(k -> !FILES.contains(k)).sorted()
                .forEach(k -> problems.add(new Problem(k, "unknown part; expected " + FILES)));
        try {
            PlanRequest request = PlanRequest.read(year, budget, seed, start);
            if (problems.isEmpty()) {
                return request;
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        throw new InvalidInputException(problems);
    }
}
