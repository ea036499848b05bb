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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import io.spotcheck.tabular.Quote;
import io.spotcheck.tabular.Sheets;
import io.spotcheck.targeting.PlanWorkbook;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/v1/plans} (multipart CSV files) and the plan's summary and CSV (CONTRACT §2). */
@RestController
class PlanController {

    static final Set<String> FILES = Set.of("catalogue.csv", "firms.csv", "history.csv", "signals.csv",
            "inspectors.csv");

    private final AuditedDecisions decisions;
    private final AuditLog log;
    private final io.spotcheck.audit.PlanReviews reviews;

    PlanController(AuditedDecisions decisions, AuditLog log, io.spotcheck.audit.PlanReviews reviews) {
        this.decisions = decisions;
        this.log = log;
        this.reviews = reviews;
    }

    @Operation(summary = "Make the annual sampling plan", description = "Multipart: the files as parts named after their files (catalogue.csv, firms.csv, history.csv, optional signals.csv and inspectors.csv; each CSV in UTF-8 with or without a byte-order mark or GB18030, or an XLSX workbook, at most 256 MiB, each part once) plus the fields year, budget, seed and optional start. Returns 201 with the summary and its id; 400 names bad rows as file:line:column; 413 for a file over the limit; 422 when the mandatory part exceeds the budget.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = PlanUpload.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the plan's summary, with its id (Location: /api/v1/plans/{id})")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "bad input: each problem named file:line:column (file:sheet:row:column in a workbook)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = PlanUpload.PROBLEM)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "413", description = "a file over spotcheck.upload.max-file-size (256 MiB)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "422", description = "the mandatory part of the plan exceeds the budget",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = PlanUpload.CANNOT_PLAN)))
    @PostMapping(path = "/api/v1/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanSummary> plan(@io.swagger.v3.oas.annotations.Parameter(hidden = true)
                                     MultipartHttpServletRequest http) {
        Map<String, MultipartFile> parts = http.getFileMap();
        PlanRequest request = request(http.getMultiFileMap(), http.getParameterMap(), http.getParameter("year"),
                http.getParameter("budget"), http.getParameter("seed"), http.getParameter("start"));
        String planName = io.spotcheck.audit.PlanReviews.validName(http.getParameter("name"));
        PlanSummary summary = decisions.plan(request,
                name -> parts.containsKey(name) ? parts.get(name).getInputStream() : null,
                DecisionController.requestedBy(http), planName);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + summary.id())).body(summary);
    }

    @Operation(summary = "A stored plan's summary")
    @GetMapping(path = "/api/v1/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    String summary(@PathVariable String id) {
        return log.find(id, AuditRecord.Kind.PLAN).map(AuditRecord::response)
                .orElseThrow(() -> notFound(id));
    }

    @Operation(summary = "A stored plan's rows", description = "A UTF-8 byte-order mark, then uscc,name,district,category_code,tier,reasons,inspectors — byte-identical to the command line's plan.csv for the same inputs and seed.")
    @GetMapping(path = "/api/v1/plans/{id}/plan.csv", produces = "text/csv;charset=UTF-8")
    String csv(@PathVariable String id) {
        return Sheets.BOM + log.planCsv(id).orElseThrow(() -> notFound(id));
    }

    @Operation(summary = "A stored plan's rows as an XLSX workbook", description = "The rows of plan.csv under Chinese headers (统一社会信用代码, 企业名称, 所在区, 品类代码, 品类名称, 层级, 抽取理由, 抽样人员编号, 抽样人员姓名), with the category and inspector names beside their codes.")
    @GetMapping(path = "/api/v1/plans/{id}/plan.xlsx", produces = Sheets.XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String id) throws java.io.IOException {
        String summary = log.find(id, AuditRecord.Kind.PLAN).map(AuditRecord::response).orElseThrow(() -> notFound(id));
        var out = new java.io.ByteArrayOutputStream();
        PlanWorkbook.write(log.planCsv(id).orElseThrow(() -> notFound(id)), summary, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Sheets.XLSX))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan.xlsx\"")
                .body(out.toByteArray());
    }

    static final String STATUS = """
            {"plan":"0f9c6a0e-5b1d-4c1e-9a57-2f0c2d1f6b11","name":"2027 年度产品质量监督抽查计划","status":"APPROVED",
             "madeBy":"planner","madeAt":"2026-12-01T08:00:00Z","approvedBy":"admin","approvedAt":"2026-12-02T09:30:00Z"}
            """;

    @Operation(summary = "A stored plan's name and status", description = "DRAFT until approved; APPROVED with who approved it and when. Name and approval are records of the chain (kind PLAN_STATUS).")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the plan's name and status",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = STATUS)))
    @GetMapping(path = "/api/v1/plans/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> status(@PathVariable String id) {
        return view(reviews.of(id).orElseThrow(() -> notFound(id)));
    }

    /** A plan's name, JSON. */
    record NameBody(String name) {
    }

    @Operation(summary = "Name a draft plan", description = "Body {\"name\": \"…\"} (at most 100 characters). An approved plan cannot be changed: 409.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = "{\"name\":\"2027 年度产品质量监督抽查计划\"}")))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the plan's name and status",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = STATUS)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "the plan is approved and cannot be changed",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = APPROVED_ALREADY)))
    @PostMapping(path = "/api/v1/plans/{id}/name", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> name(@PathVariable String id, @org.springframework.web.bind.annotation.RequestBody NameBody body,
                             java.security.Principal user) {
        reviews.of(id).orElseThrow(() -> notFound(id));
        return view(reviews.name(id, body == null ? null : body.name(), user.getName()));
    }

    static final String APPROVED_ALREADY = """
            {"type":"urn:spotcheck:problem:plan-approved","title":"The plan is approved and cannot be changed",
             "status":409,"detail":"the plan was approved by admin at 2026-12-02T09:30:00Z; an approved plan cannot be changed"}
            """;

    @Operation(summary = "Approve a draft plan", description = "A planner or an administrator other than the one who made the plan (four eyes): 403 for one's own plan, 409 once approved. Appends a PLAN_STATUS record naming the plan; answers 201 with the plan's status.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the plan's name and status, APPROVED",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = STATUS)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "the plan is approved already and cannot be changed",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = APPROVED_ALREADY)))
    @PostMapping(path = "/api/v1/plans/{id}/approval", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> approve(@PathVariable String id, java.security.Principal user) {
        reviews.of(id).orElseThrow(() -> notFound(id));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(reviews.approve(id, user.getName())));
    }

    static Map<String, Object> view(io.spotcheck.audit.PlanReviews.Review r) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("plan", r.plan());
        out.put("name", r.name());
        out.put("status", r.status().name());
        out.put("madeBy", r.madeBy());
        out.put("madeAt", r.madeAt().toString());
        out.put("approvedBy", r.approvedBy());
        out.put("approvedAt", r.approvedAt() == null ? null : r.approvedAt().toString());
        return out;
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + id);
    }

    private static PlanRequest request(Map<String, List<MultipartFile>> parts, Map<String, String[]> fields,
                                       String year, String budget, String seed, String start) {
        List<Problem> problems = new ArrayList<>();
        parts.keySet().stream().filter(k -> !FILES.contains(k)).sorted()
                .forEach(k -> problems.add(new Problem(Quote.cut(k), "unknown part; expected " + FILES)));
        parts.forEach((k, files) -> {
            if (FILES.contains(k) && files.size() > 1) {
                problems.add(new Problem(k, "the part is sent " + files.size() + " times; send each file once"));
            }
        });
        fields.forEach((k, values) -> {
            if (values.length > 1) {
                problems.add(new Problem(Quote.cut(k), "the field is sent " + values.length + " times; send it once"));
            }
        });
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
