package io.spotcheck.web;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import io.spotcheck.register.CaseList;
import io.spotcheck.register.CaseOpener;
import io.spotcheck.register.CaseView;
import io.spotcheck.register.CaseViews;
import io.spotcheck.register.Caller;
import io.spotcheck.register.RegisterRefusal;
import io.spotcheck.register.EventRecorder;
import io.spotcheck.register.ResultsImport;
import io.spotcheck.register.ResultsHistory;
import io.spotcheck.register.Worklist;
import io.spotcheck.shared.Json;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The case register over HTTP (CONTRACT §7): results in, cases and their events, each case as of a date, the worklist. */
@RestController
class RegisterController {

    private final ResultsImport results;
    private final ResultsHistory history;
    private final CaseOpener opener;
    private final EventRecorder recorder;
    private final CaseViews views;
    private final CaseList list;
    private final Worklist worklist;

    RegisterController(ResultsImport results, ResultsHistory history, CaseOpener opener, EventRecorder recorder,
                       CaseViews views, CaseList list, Worklist worklist) {
        this.results = results;
        this.history = history;
        this.opener = opener;
        this.recorder = recorder;
        this.views = views;
        this.list = list;
        this.worklist = worklist;
    }

    static Caller caller(Authentication auth) {
        return Caller.of(auth.getName(), auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    @Operation(summary = "Import check results", description = "Multipart part results.csv (CSV or XLSX). The whole "
            + "file is checked first (problems as results.csv:line:column); then every new row is stored and every FAIL "
            + "opens a case, all in one transaction. Idempotent by report_no. An admin or an officer with no district.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ResultsUpload.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "what was stored",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ResultsUpload.IMPORTED)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "bad rows, each named "
            + "results.csv:line:column; nothing stored",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ResultsUpload.PROBLEM)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "503", description = "the store cannot write: "
            + "nothing stored", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/api/v1/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResultsImport.Imported importResults(Authentication auth, @io.swagger.v3.oas.annotations.Parameter(hidden = true)
                                         org.springframework.web.multipart.MultipartHttpServletRequest http)
            throws IOException {
        var parts = http.getMultiFileMap();
        List<MultipartFile> files = parts.get(ResultsImport.FILE);
        if (files == null || files.size() != 1 || parts.size() != 1) {
            throw new InvalidInputException(List.of(new Problem(ResultsImport.FILE,
                    "send exactly one multipart part named results.csv (got " + cut(parts.keySet().toString()) + ")")));
        }
        return results.importCsv(caller(auth), files.get(0).getInputStream());
    }

    @Operation(summary = "Stored results as history.csv", description = "The stored results checked on or before "
            + "`to` in the history.csv format of the plan (CONTRACT §2), for next year's plan. Every result of the city: "
            + "a planner, an auditor, an admin or an officer with no district.")
    @GetMapping(path = "/api/v1/results/history.csv", produces = "text/csv")
    ResponseEntity<String> history(Authentication auth, @RequestParam(required = false) String to) {
        if (!readsAllResults(auth)) {
            throw new RegisterRefusal(RegisterRefusal.Status.FORBIDDEN, null, "the results history is the municipal "
                    + "bureau's, for next year's plan: a planner, an auditor, an admin or an officer with no district "
                    + "reads it");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"history.csv\"")
                .body(history.csv(date("to", to, views.today())));
    }

    @Operation(summary = "Open a case by hand", description = "A lead found while sampling or a complaint: "
            + "{caseRef?, openedOn, firm, check?, history?}. 201 with the case as of today.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.OPEN_CASE)))
    @PostMapping(path = "/api/v1/cases", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseView> open(Authentication auth, HttpServletRequest http) throws IOException {
        CaseView view = opener.open(caller(auth), DecisionController.body(http));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + encode(view.caseRef()))).body(view);
    }

    @Operation(summary = "The cases you may see", description = "Newest first; q matches part of the case reference, "
            + "the firm's name or its USCC; district and status as of today.")
    @GetMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseList.Page cases(Authentication auth, @RequestParam(required = false) String district,
                        @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                        @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "50") String size) {
        return list.list(caller(auth), district, status, q, number("page", page, 0, 1_000_000),
                number("size", size, 1, 500));
    }

    @Operation(summary = "A case as of a date", description = "Its events, the §1 request they build, the decision "
            + "(exactly /cases/decide's, decisionId null), todo and done. asOf defaults to today.")
    @GetMapping(path = "/api/v1/cases/{caseRef}", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseView view(Authentication auth, @PathVariable String caseRef, @RequestParam(required = false) String asOf) {
        return views.view(caller(auth), caseRef, date("asOf", asOf, null));
    }

    @Operation(summary = "Record an event on a case", description = "{type, date, …fields of the type}. Refused "
            + "with the problem named and nothing stored: 400 bad event, 404 not your case, 409 conflicts with what is "
            + "live, 422 not filing a case that must be filed. 201 with the case as of today.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.EVENT)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "an event the case "
            + "cannot take: the problem named, nothing stored",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.EVENT_REFUSED)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the case as of today")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404", description = "no case you may see",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "conflicts with what is "
            + "live on the case", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "422", description = "not filing a case that "
            + "must be filed", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/api/v1/cases/{caseRef}/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseView> event(Authentication auth, @PathVariable String caseRef, HttpServletRequest http)
            throws IOException {
        CaseView view = recorder.record(caller(auth), caseRef, DecisionController.body(http));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + encode(caseRef))).body(view);
    }

    @Operation(summary = "What is due across your cases", description = "The open steps as of asOf (default today) "
            + "of every case you may see, overdue first by due date. district=X keeps the cases held by X "
            + "(MUNICIPAL: the municipal bureau's).")
    @GetMapping(path = "/api/v1/worklist", produces = MediaType.APPLICATION_JSON_VALUE)
    Worklist.Items worklist(Authentication auth, @RequestParam(required = false) String asOf,
                            @RequestParam(required = false) String district) {
        return worklist.of(caller(auth), date("asOf", asOf, null), blank(district));
    }

    @Operation(summary = "The worklist as CSV", description = "The same rows, UTF-8 with a byte-order mark.")
    @GetMapping(path = "/api/v1/worklist.csv", produces = "text/csv")
    ResponseEntity<String> worklistCsv(Authentication auth, @RequestParam(required = false) String asOf,
                                       @RequestParam(required = false) String district) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"worklist.csv\"")
                .body(Worklist.csv(worklist.of(caller(auth), date("asOf", asOf, null), blank(district))));
    }

    /**
     * Results reach the municipal bureau (CONTRACT §7) and the file feeds next year's plan: a planner, an auditor, an
     * admin or an officer with no district reads every result; an officer bound to a district sees only its own
     * district's cases, so it does not read the city's results.
     */
    private static boolean readsAllResults(Authentication auth) {
        List<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (authorities.contains("ROLE_PLANNER")) {
            return true;
        }
        Caller caller = caller(auth);
        return caller.admin() || caller.auditor() || (caller.officer() && caller.district() == null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static LocalDate date(String field, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("form", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new Problem(field, "\"" + cut(text)
                    + "\" is not a date that exists (expected YYYY-MM-DD)")));
        }
    }

    static int number(String field, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new InvalidInputException(List.of(new Problem(field, "\"" + cut(text) + "\" is not a whole number from "
                + min + " to " + max)));
    }

    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String json(Object o) {
        return Json.compact(o);
    }
}
