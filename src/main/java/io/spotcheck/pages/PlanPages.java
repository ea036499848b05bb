package io.spotcheck.pages;

import io.spotcheck.tabular.Sheets;
import io.spotcheck.targeting.PlanWorkbook;
import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.audit.AuditedDecisions;
import io.spotcheck.audit.PlanReviews;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import io.spotcheck.targeting.PlanRequest;
import io.spotcheck.targeting.PlanSummary;
import io.spotcheck.targeting.Planner;
import io.spotcheck.targeting.Reason;
import io.spotcheck.targeting.Tier;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The planner's pages: upload the plan files (or use the samples at hand), the plan's summary with its charts
 * and batches, the CSV download, and the plans made before. Plans go through the same audited planner as the API.
 */
@Controller
class PlanPages {

    private static final int TABLE_PAGE = 100;
    private static final int LIST_PAGE = 25;

    private final AuditedDecisions decisions;
    private final AuditLog log;
    private final Clock clock;
    private final Path samples;
    private final io.spotcheck.register.ResultsHistory history;
    private final io.spotcheck.shared.Today today;
    private final PlanReviews reviews;
    private final PlanUploads uploads;
    /** The most rows a plan's file may have (spotcheck.plan.max-rows), for the catalogue read here too. */
    private final long maxRows;

    PlanPages(AuditedDecisions decisions, AuditLog log, Clock clock, io.spotcheck.shared.SpotcheckProperties settings,
              io.spotcheck.register.ResultsHistory history, io.spotcheck.shared.Today today, PlanReviews reviews,
              PlanUploads uploads) {
        this.reviews = reviews;
        this.uploads = uploads;
        String samples = settings.samplesDir();
        this.history = history;
        this.today = today;
        this.decisions = decisions;
        this.log = log;
        this.clock = clock;
        this.samples = Path.of(samples);
        this.maxRows = settings.plan().maxRows();
    }

    @GetMapping("/plans/new")
    String form(Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", Integer.toString(LocalDate.now(clock).getYear() + 1));
        values.put("name", "");
        values.put("budget", "");
        values.put("seed", "");
        values.put("start", "");
        formModel(model, values, List.of(), null);
        model.addAttribute("kept", Map.of());
        return "plan-form";
    }

    @PostMapping("/plans")
    String plan(MultipartHttpServletRequest request, Principal user, Model model, HttpServletResponse response,
                @RequestParam(required = false) String year, @RequestParam(required = false) String budget,
                @RequestParam(required = false) String seed, @RequestParam(required = false) String start,
                @RequestParam(name = "name", required = false) String planName,
                @RequestParam(defaultValue = "false") boolean useSamples,
                @RequestParam(defaultValue = "false") boolean useRegisterHistory,
                org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) throws java.io.IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", year);
        values.put("name", planName);
        values.put("budget", budget);
        values.put("seed", seed);
        values.put("start", start);
        values.put("useSamples", Boolean.toString(useSamples));
        values.put("useRegisterHistory", Boolean.toString(useRegisterHistory));
        // files kept from a refused form, unless a new one is chosen or the planner drops it
        Map<String, PlanUploads.Kept> kept = new LinkedHashMap<>(uploads.named(user.getName(), Planner.FILES,
                request::getParameter));
        kept.keySet().removeIf(f -> !isMissing(request.getFile(f)) || "true".equals(request.getParameter("drop-" + f)));
        try {
            PlanRequest planRequest = PlanRequest.read(year, budget, seed, start);
            Planner.Files given = useSamples ? this::sample : name -> !isMissing(request.getFile(name))
                    ? upload(request.getFile(name)) : kept.containsKey(name)
                    ? Files.newInputStream(kept.get(name).path()) : null;
            // 251号 三(一) and the tracking list: last year's failures as the register found them (CONTRACT §7)
            // (results of a category this catalogue lacks are left out, and the planner told how many)
            io.spotcheck.register.ResultsHistory.ForPlan fromRegister = !useRegisterHistory ? null
                    : history.forPlan(today.date(), categories(given));
            Planner.Files files = !useRegisterHistory ? given : name -> name.equals("history.csv")
                    ? new java.io.ByteArrayInputStream(fromRegister.csv()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)) : given.open(name);
            if (!useSamples && isMissing(request.getFile("catalogue.csv")) && !kept.containsKey("catalogue.csv")) {
                throw new InvalidInputException(List.of(new Problem("catalogue.csv", "is required: upload the files "
                        + "or choose the samples")));
            }
            PlanSummary summary = decisions.plan(planRequest, files, user.getName(), PlanReviews.validName(planName));
            kept.values().forEach(uploads::drop);
            if (fromRegister != null && fromRegister.leftOut() > 0) {
                redirect.addFlashAttribute("historyLeftOut", fromRegister.leftOut());
            }
            return "redirect:/plans/" + summary.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            formModel(model, values, e.problems().stream()
                    .map(p -> ProblemText.placed(p.field(), p.message()))
                    .map(p -> CasePages.FieldProblem.of(p[0], p[1]))
                    .toList(), null);
        } catch (Planner.CannotPlan e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            formModel(model, values, List.of(), e.getMessage());
            java.util.regex.Matcher m = NEEDS.matcher(e.getMessage());
            model.addAttribute("cannotPlanArgs", m.find() ? List.of(m.group(1), m.group(2)) : null);
        }
        if (!useSamples) {
            for (String f : Planner.FILES) {
                if (!isMissing(request.getFile(f))) {
                    kept.put(f, uploads.keep(user.getName(), request.getFile(f)));
                }
            }
        }
        model.addAttribute("kept", kept);
        return "plan-form";
    }

    /** The planner's refusal, read for the page's language: the batches the mandatory part needs, the budget. */
    private static final java.util.regex.Pattern NEEDS = java.util.regex.Pattern.compile(
            "needs (\\d+) batches; the budget is (\\d+)");

    /**
     * The category codes of the plan's catalogue, or null when it cannot be read here (the planner then names its
     * problems, and the register's history goes whole).
     */
    private java.util.Set<String> categories(Planner.Files files) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        List<Problem> problems = new java.util.ArrayList<>();
        try (InputStream in = files.open("catalogue.csv")) {
            if (in == null) {
                return null;
            }
            new io.spotcheck.tabular.Table("catalogue.csv", problems::add).read(in, List.of("category_code"),
                    maxRows, row -> codes.add(row.get("category_code")));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return problems.isEmpty() ? codes : null;
    }

    private InputStream sample(String name) throws java.io.IOException {
        Path file = samples.resolve(name);
        return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }

    private static boolean isMissing(MultipartFile file) {
        return file == null || file.isEmpty();
    }

    private static InputStream upload(MultipartFile file) throws java.io.IOException {
        return isMissing(file) ? null : file.getInputStream();
    }

    private void formModel(Model model, Map<String, String> values, List<CasePages.FieldProblem> problems,
                           String cannotPlan) {
        Map<String, List<CasePages.FieldProblem>> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.computeIfAbsent(p.input().split(":", 2)[0], k -> new ArrayList<>()).add(p));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("cannotPlan", cannotPlan);
        model.addAttribute("files", Planner.FILES);
        model.addAttribute("samplesAvailable", Files.isRegularFile(samples.resolve("catalogue.csv")));
        model.addAttribute("samplesDir", samples.getFileName() == null ? "" : samples.getFileName().toString());
    }

    @GetMapping("/plans")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var result = log.list(AuditRecord.Kind.PLAN, null, null, null, Math.max(0, page), LIST_PAGE);
        model.addAttribute("page", result);
        model.addAttribute("pages", (result.total() + LIST_PAGE - 1) / LIST_PAGE);
        model.addAttribute("rows", result.items().stream().map(r -> new CasePages.Row(r, CasePages.tree(r.response())))
                .toList());
        model.addAttribute("reviews", reviews.of(result.items()));
        return "plans";
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable String id, @RequestParam(required = false) String tier,
                @RequestParam(required = false) String reason, @RequestParam(required = false) String district,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) String done, Model model) {
        AuditRecord record = find(id);
        model.addAttribute("done", "approved".equals(done) || "named".equals(done) ? done : null);
        Map<String, Object> summary = CasePages.tree(record.response());
        PlanRows rows = PlanRows.parse(log.planCsv(id).orElse(""));
        PlanRows.Filter filter = new PlanRows.Filter(tier, reason, district, q);
        List<PlanRows.Row> kept = rows.filtered(filter);
        int pages = Math.max(1, (kept.size() + TABLE_PAGE - 1) / TABLE_PAGE);
        int p = Math.min(Math.max(0, page), pages - 1);
        model.addAttribute("record", record);
        model.addAttribute("review", reviews.of(id).orElseThrow(() -> notFound(id)));
        model.addAttribute("summary", summary);
        model.addAttribute("tierChart", BarChart.of("chart-tier", "tier.", counts(summary.get("byTier"))));
        model.addAttribute("reasonChart", BarChart.of("chart-reason", "reason.", counts(summary.get("byReason"))));
        model.addAttribute("districtChart", BarChart.of("chart-district", "district.", officialOrder(rows.byDistrict())));
        model.addAttribute("filter", filter);
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("reasons", Reason.values());
        model.addAttribute("districts", officialOrder(rows.byDistrict()).keySet());
        model.addAttribute("categoryNames", names(summary, "categories"));
        model.addAttribute("inspectorNames", names(summary, "inspectors"));
        model.addAttribute("shown", kept.subList(p * TABLE_PAGE, Math.min(kept.size(), (p + 1) * TABLE_PAGE)));
        model.addAttribute("matching", kept.size());
        model.addAttribute("tablePage", p);
        model.addAttribute("tablePages", pages);
        return "plan";
    }

    /** Approves the plan (a planner or an administrator other than its maker); refused, the plan page says why. */
    @PostMapping("/plans/{id}/approval")
    String approve(@PathVariable String id, Principal user, Model model, HttpServletResponse response) {
        find(id);
        try {
            reviews.approve(id, user.getName());
            return "redirect:/plans/" + id + "?done=approved";
        } catch (PlanReviews.Refused e) {
            return refused(id, e, model, response);
        }
    }

    /** Names a draft plan. */
    @PostMapping("/plans/{id}/name")
    String name(@PathVariable String id, @RequestParam(required = false) String name, Principal user, Model model,
                HttpServletResponse response) {
        find(id);
        try {
            reviews.name(id, name, user.getName());
            return "redirect:/plans/" + id + "?done=named";
        } catch (PlanReviews.Refused e) {
            return refused(id, e, model, response);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("nameProblem", CasePages.FieldProblem.of("name", e.problems().get(0).message()));
            return plan(id, null, null, null, null, 0, null, model);
        }
    }

    private String refused(String id, PlanReviews.Refused e, Model model, HttpServletResponse response) {
        boolean approved = e.reason() == PlanReviews.Refused.Reason.ALREADY_APPROVED;
        response.setStatus(approved ? HttpStatus.CONFLICT.value() : HttpStatus.FORBIDDEN.value());
        model.addAttribute("refusal", approved ? "planStatus.refused.approved" : "planStatus.refused.own");
        return plan(id, null, null, null, null, 0, null, model);
    }

    /** Counts by district in the official order of Shanghai's districts, outside Shanghai last. */
    static <N> Map<String, N> officialOrder(Map<String, N> byDistrict) {
        Map<String, N> out = new LinkedHashMap<>();
        for (String d : io.spotcheck.casefile.Districts.SHANGHAI) {
            if (byDistrict.containsKey(d)) {
                out.put(d, byDistrict.get(d));
            }
        }
        byDistrict.forEach(out::putIfAbsent);
        return out;
    }

    /** The plan's own names of its categories or inspectors by code (empty for a plan stored before it kept them). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> names(Map<String, Object> summary, String which) {
        return summary.get("names") instanceof Map<?, ?> names && names.get(which) instanceof Map<?, ?> m
                ? (Map<String, String>) m : Map.of();
    }

    /** The batches the filter keeps, as CSV (plan.csv's columns, with the names beside the codes). */
    @GetMapping("/plans/{id}/batches.csv")
    ResponseEntity<byte[]> filteredCsv(@PathVariable String id, @RequestParam(required = false) String tier,
                                       @RequestParam(required = false) String reason,
                                       @RequestParam(required = false) String district,
                                       @RequestParam(required = false) String q) throws java.io.IOException {
        AuditRecord record = find(id);
        Map<String, Object> summary = CasePages.tree(record.response());
        Map<String, String> categories = names(summary, "categories");
        Map<String, String> inspectors = names(summary, "inspectors");
        List<PlanRows.Row> kept = PlanRows.parse(log.planCsv(id).orElse("")).filtered(new PlanRows.Filter(tier, reason,
                district, q));
        StringBuilder out = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.RFC4180)) {
            printer.printRecord("uscc", "name", "district", "category_code", "category_name", "tier", "reasons",
                    "inspectors", "inspector_names");
            for (PlanRows.Row r : kept) {
                List<String> ids = r.inspectors().isEmpty() ? List.of() : List.of(r.inspectors().split(";"));
                printer.printRecord(r.uscc(), r.name(), r.district(), r.categoryCode(),
                        categories.getOrDefault(r.categoryCode(), ""), r.tier(), String.join(";", r.reasons()),
                        r.inspectors(), String.join(";", ids.stream().map(i -> inspectors.getOrDefault(i, "")).toList()));
            }
        }
        Object year = summary.get("year");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("plan-" + year + "-" + id.substring(0, 8) + "-filtered.csv").build().toString())
                .body((Sheets.BOM + out).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> counts(Object map) {
        return map instanceof Map<?, ?> m ? (Map<String, Number>) m : Map.of();
    }

    @GetMapping("/plans/{id}/plan.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id) {
        AuditRecord record = find(id);
        String csv = log.planCsv(id).orElseThrow(() -> notFound(id));
        Object year = CasePages.tree(record.response()).get("year");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("plan-" + year + "-" + id.substring(0, 8) + ".csv").build().toString())
                .body((Sheets.BOM + csv).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/plans/{id}/plan.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id) throws java.io.IOException {
        AuditRecord record = find(id);
        String csv = log.planCsv(id).orElseThrow(() -> notFound(id));
        Object year = CasePages.tree(record.response()).get("year");
        var out = new java.io.ByteArrayOutputStream();
        PlanWorkbook.write(csv, record.response(), out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Sheets.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("plan-" + year + "-" + id.substring(0, 8) + ".xlsx").build().toString())
                .body(out.toByteArray());
    }

    private AuditRecord find(String id) {
        return log.find(id, AuditRecord.Kind.PLAN).orElseThrow(() -> notFound(id));
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + id);
    }
}
