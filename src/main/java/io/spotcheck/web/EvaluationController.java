package io.spotcheck.web;

import io.spotcheck.evaluation.Bulletin;
import io.spotcheck.evaluation.CaseListing;
import io.spotcheck.evaluation.Evaluation;
import io.spotcheck.evaluation.Report;
import io.spotcheck.evaluation.Workbooks;
import io.spotcheck.tabular.Sheets;
import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The evaluation (CONTRACT §8, 251号 四(三)) over HTTP: the figures, the cases behind each, the workbooks. */
@RestController
class EvaluationController {

    private final Evaluation evaluation;

    EvaluationController(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Operation(summary = "The evaluation of a period", description = "The cases opened from `from` to `to` (and not "
            + "after asOf, default today), judged as of asOf: a row per district (the municipal bureau's with "
            + "district null), the total, and the results checked in the period per lab and category. Rates are null "
            + "without a denominator. A district-bound officer gets its own row; planners 403.")
    @GetMapping(path = "/api/v1/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
    Report report(Authentication auth, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String asOf) {
        return evaluation.report(RegisterController.caller(auth), period(from, to, asOf));
    }

    @Operation(summary = "The cases behind a figure", description = "figure: a field name of a district row "
            + "(cases, mustFile, filed, filingRate, …, closed); district: a district, MUNICIPAL for the municipal "
            + "bureau's row, or empty for the total. A rate lists its denominator's cases with their hits.")
    @GetMapping(path = "/api/v1/evaluation/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseListing cases(Authentication auth, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                      @RequestParam(required = false) String district, @RequestParam(required = false) String figure) {
        return evaluation.cases(RegisterController.caller(auth), period(from, to, asOf), district, figure);
    }

    @Operation(summary = "The evaluation as a workbook", description = "The same figures: one sheet per table, "
            + "Chinese headers.")
    @GetMapping(path = "/api/v1/evaluation.xlsx", produces = Sheets.XLSX)
    ResponseEntity<byte[]> workbook(Authentication auth, @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String asOf) throws IOException {
        Report r = evaluation.report(RegisterController.caller(auth), period(from, to, asOf));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.evaluation(r, out);
        return xlsx(out, "evaluation-" + r.from() + "-" + r.to() + ".xlsx");
    }

    @Operation(summary = "The quarterly bulletin (季度通报)", description = "Batches checked and failed by level, "
            + "district, lab and category, the categories due a quality analysis, and each district's handling.")
    @GetMapping(path = "/api/v1/evaluation/bulletin", produces = MediaType.APPLICATION_JSON_VALUE)
    Bulletin bulletin(Authentication auth, @RequestParam(required = false) String year,
                      @RequestParam(required = false) String quarter, @RequestParam(required = false) String asOf) {
        return evaluation.bulletin(RegisterController.caller(auth), RegisterController.number("year",
                year == null ? "" : year, 1993, 9999), RegisterController.number("quarter",
                quarter == null ? "" : quarter, 1, 4), RegisterController.date("asOf", asOf, null));
    }

    @Operation(summary = "The quarterly bulletin as a workbook", description = "One sheet per table, Chinese headers.")
    @GetMapping(path = "/api/v1/evaluation/bulletin.xlsx", produces = Sheets.XLSX)
    ResponseEntity<byte[]> bulletinWorkbook(Authentication auth, @RequestParam(required = false) String year,
                                            @RequestParam(required = false) String quarter,
                                            @RequestParam(required = false) String asOf) throws IOException {
        Bulletin b = bulletin(auth, year, quarter, asOf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.bulletin(b, out);
        return xlsx(out, "bulletin-" + b.year() + "-Q" + b.quarter() + ".xlsx");
    }

    private Evaluation.Period period(String from, String to, String asOf) {
        return evaluation.period(RegisterController.date("from", from, null), RegisterController.date("to", to, null),
                RegisterController.date("asOf", asOf, null));
    }

    static ResponseEntity<byte[]> xlsx(ByteArrayOutputStream out, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Sheets.XLSX))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(out.toByteArray());
    }
}
