package io.spotcheck.pages;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import io.spotcheck.evaluation.Bulletin;
import io.spotcheck.evaluation.CaseListing;
import io.spotcheck.evaluation.DistrictRow;
import io.spotcheck.evaluation.Evaluation;
import io.spotcheck.evaluation.Report;
import io.spotcheck.evaluation.Workbooks;
import io.spotcheck.register.Caller;
import io.spotcheck.tabular.Sheets;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluation's pages (CONTRACT §8, 251号 四(三)): the district scorecard with its bars, the labs, the categories
 * due a quality analysis, a period picker (quarter, year, custom); each count opens the cases behind it; the
 * quarterly bulletin as a printable page; both as XLSX. The figures are the API's.
 */
@Controller
class EvaluationPages {

    private final Evaluation evaluation;

    EvaluationPages(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** A row of the scorecard as the page shows it: the code its links carry, its label's message key, its figures. */
    record ScoreRow(String code, String labelKey, DistrictRow row) {
    }

    /** Rates as the pages show them. */
    record Format() {
        public String pct(Double rate) {
            return RateChart.percent(rate);
        }
    }

    private static final Format FORMAT = new Format();

    /** The period a form asks for: custom dates when given, else a quarter (0: the whole year) of a year. */
    record Picked(Evaluation.Period period, String mode, int year, int quarter, List<Problem> problems) {
    }

    Picked pick(String from, String to, String asOf, String year, String quarter) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = evaluation.today();
        LocalDate d = date("asOf", asOf, problems);
        int y = number("year", year, 1993, 9999, today.getYear(), problems);
        int q = number("quarter", quarter, 0, 4, (today.getMonthValue() + 2) / 3, problems);
        LocalDate f = date("from", from, problems);
        LocalDate t = date("to", to, problems);
        boolean custom = f != null || t != null;
        LocalDate start = q == 0 ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 3 * q - 2, 1);
        LocalDate end = q == 0 ? LocalDate.of(y, 12, 31) : start.plusMonths(3).minusDays(1);
        try {
            Evaluation.Period p = evaluation.period(custom ? f : start, custom ? t : end, d);
            return new Picked(p, custom ? "custom" : q == 0 ? "year" : "quarter", y, q, problems);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return new Picked(evaluation.period(start, end, d), "quarter", y, q, problems);
        }
    }

    @GetMapping("/evaluation")
    String scorecard(Authentication auth, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                     @RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
                     Model model, HttpServletResponse response) {
        Picked picked = pick(from, to, asOf, year, quarter);
        if (!picked.problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        Report r = evaluation.report(RegisterPages.caller(auth), picked.period());
        List<DistrictRow> rows = new ArrayList<>(r.districts());
        model.addAttribute("r", r);
        model.addAttribute("rows", scoreRows(r));
        model.addAttribute("fmt", FORMAT);
        model.addAttribute("picked", picked);
        model.addAttribute("problems", picked.problems());
        model.addAttribute("query", query(r));
        model.addAttribute("filingChart", RateChart.of("chart-filing", "district.", rates(rows,
                DistrictRow::filingRate)));
        model.addAttribute("onTimeChart", RateChart.of("chart-ontime", "district.", rates(rows,
                DistrictRow::onTimeRate)));
        model.addAttribute("recheckChart", RateChart.of("chart-recheck", "district.", rates(rows,
                DistrictRow::recheckPassRate)));
        Map<String, Integer> overdue = new LinkedHashMap<>();
        rows.forEach(d -> overdue.put(code(d), d.overdue()));
        model.addAttribute("overdueChart", BarChart.of("chart-overdue", "district.", overdue));
        model.addAttribute("quarters", List.of(1, 2, 3, 4));
        model.addAttribute("dueCategories", r.categories().stream().filter(c -> c.qualityAnalysisDue()).toList());
        return "evaluation";
    }

    @GetMapping("/evaluation/cases")
    String cases(Authentication auth, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                 @RequestParam(required = false) String district, @RequestParam(required = false) String figure,
                 Model model, HttpServletResponse response) {
        Caller caller = RegisterPages.caller(auth);
        Picked picked = pick(from, to, asOf, null, null);
        CaseListing listing;
        List<Problem> problems = new ArrayList<>(picked.problems());
        try {
            listing = evaluation.cases(caller, picked.period(), district, figure);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            listing = evaluation.cases(caller, picked.period(), null, "cases");
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("l", listing);
        model.addAttribute("fmt", FORMAT);
        model.addAttribute("problems", problems);
        model.addAttribute("back", "/evaluation?from=" + listing.from() + "&to=" + listing.to() + "&asOf="
                + listing.asOf());
        return "evaluation-cases";
    }

    @GetMapping("/evaluation/bulletin")
    String bulletin(Authentication auth, @RequestParam(required = false) String year,
                    @RequestParam(required = false) String quarter, @RequestParam(required = false) String asOf,
                    Model model, HttpServletResponse response) {
        Picked picked = pick(null, null, asOf, year, quarter);
        int q = picked.quarter() == 0 ? 1 : picked.quarter();
        if (!picked.problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        Bulletin b = evaluation.bulletin(RegisterPages.caller(auth), picked.year(), q, picked.period().asOf());
        model.addAttribute("b", b);
        model.addAttribute("fmt", FORMAT);
        model.addAttribute("picked", picked);
        model.addAttribute("r", b.evaluation());
        model.addAttribute("rows", scoreRows(b.evaluation()));
        model.addAttribute("problems", picked.problems());
        model.addAttribute("quarters", List.of(1, 2, 3, 4));
        return "evaluation-bulletin";
    }

    @GetMapping(path = "/evaluation.xlsx", produces = Sheets.XLSX)
    ResponseEntity<byte[]> workbook(Authentication auth, @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String asOf) throws IOException {
        Evaluation.Period p;
        try {
            p = evaluation.period(strict("from", from), strict("to", to), strict("asOf", asOf));
        } catch (InvalidInputException e) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Report r = evaluation.report(RegisterPages.caller(auth), p);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.evaluation(r, out);
        return xlsx(out, "evaluation-" + r.from() + "-" + r.to() + ".xlsx");
    }

    @GetMapping(path = "/evaluation/bulletin.xlsx", produces = Sheets.XLSX)
    ResponseEntity<byte[]> bulletinWorkbook(Authentication auth, @RequestParam(required = false) String year,
                                            @RequestParam(required = false) String quarter,
                                            @RequestParam(required = false) String asOf) throws IOException {
        List<Problem> problems = new ArrayList<>();
        int y = number("year", year, 1993, 9999, evaluation.today().getYear(), problems);
        int q = number("quarter", quarter, 1, 4, 1, problems);
        LocalDate d = date("asOf", asOf, problems);
        if (!problems.isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Bulletin b = evaluation.bulletin(RegisterPages.caller(auth), y, q, d);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.bulletin(b, out);
        return xlsx(out, "bulletin-" + b.year() + "-Q" + b.quarter() + ".xlsx");
    }

    private static ResponseEntity<byte[]> xlsx(ByteArrayOutputStream out, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Sheets.XLSX))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(out.toByteArray());
    }

    /** The scorecard's rows: each district's, then the total (whose links carry no district). */
    static List<ScoreRow> scoreRows(Report r) {
        List<ScoreRow> out = new ArrayList<>();
        r.districts().forEach(d -> out.add(new ScoreRow(code(d), "district." + code(d), d)));
        out.add(new ScoreRow("", "evaluation.total", r.total()));
        return out;
    }

    /** The query string of a period, for the links down to cases and the downloads. */
    static String query(Report r) {
        return "from=" + r.from() + "&to=" + r.to() + "&asOf=" + r.asOf();
    }

    /** A row's code in links and chart labels: its district, or MUNICIPAL for the municipal bureau's. */
    static String code(DistrictRow d) {
        return d.district() == null ? Evaluation.MUNICIPAL : d.district();
    }

    private static Map<String, Double> rates(List<DistrictRow> rows, Function<DistrictRow, Double> rate) {
        Map<String, Double> out = new LinkedHashMap<>();
        rows.forEach(d -> out.put(code(d), rate.apply(d)));
        return out;
    }

    private static LocalDate strict(String field, String text) {
        List<Problem> problems = new ArrayList<>();
        LocalDate d = date(field, text, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return d;
    }

    private static LocalDate date(String field, String text, List<Problem> problems) {
        return PageDates.parse(field, text, problems);
    }

    private static int number(String field, String text, int min, int max, int otherwise, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.add(new Problem(field, "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                + "\" is not a whole number from " + min + " to " + max));
        return otherwise;
    }
}
