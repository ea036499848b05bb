package io.spotcheck.pages;

import io.spotcheck.casefile.CircumstanceCode;
import io.spotcheck.casefile.Districts;
import io.spotcheck.casefile.FindingCode;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.MinorGroundCode;
import io.spotcheck.casefile.PenaltyCode;
import io.spotcheck.casefile.Problem;
import io.spotcheck.register.CaseList;
import io.spotcheck.register.CaseView;
import io.spotcheck.register.CaseViews;
import io.spotcheck.register.Caller;
import io.spotcheck.register.EventRecorder;
import io.spotcheck.register.EventType;
import io.spotcheck.register.RegisterRefusal;
import io.spotcheck.register.ResultsImport;
import io.spotcheck.register.Worklist;
import io.spotcheck.shared.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The case register's pages (CONTRACT §7): the officer's worklist (their start page), the list of cases, one case
 * with its events, decision, to-do and a form per event, and the results import. Everything goes through the same
 * register services as the API, so a page never decides anything itself.
 */
@Controller
class RegisterPages {

    private static final int PAGE_SIZE = 25;

    private final Worklist worklist;
    private final CaseList cases;
    private final CaseViews views;
    private final EventRecorder recorder;
    private final ResultsImport results;
    private final org.springframework.context.MessageSource messages;

    RegisterPages(Worklist worklist, CaseList cases, CaseViews views, EventRecorder recorder, ResultsImport results,
                  org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.worklist = worklist;
        this.cases = cases;
        this.views = views;
        this.recorder = recorder;
        this.results = results;
    }

    static Caller caller(Authentication auth) {
        return Caller.of(auth.getName(), auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    /** The worklist: overdue first, then due within a week, then open; filtered by district, step and firm. */
    @GetMapping("/register")
    String worklist(Authentication auth, @RequestParam(required = false) String asOf,
                    @RequestParam(required = false) String district, @RequestParam(required = false) String code,
                    @RequestParam(required = false) String q, Model model) {
        Caller caller = caller(auth);
        List<Problem> problems = new ArrayList<>();
        LocalDate day = date("asOf", asOf, problems);
        Worklist.Items items;
        try {
            items = worklist.of(caller, day, blank(district));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            district = null;
            items = worklist.of(caller, null, null);
        }
        String needle = blank(q) == null ? null : q.strip().toLowerCase(Locale.ROOT);
        List<Worklist.Item> shown = items.items().stream()
                .filter(i -> blank(code) == null || i.code().equals(code))
                .filter(i -> needle == null || i.caseRef().toLowerCase(Locale.ROOT).contains(needle)
                        || i.uscc().toLowerCase(Locale.ROOT).contains(needle)
                        || (i.firmName() != null && i.firmName().toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
        Map<String, List<Worklist.Item>> sections = new LinkedHashMap<>();
        for (CaseView.StepStatus s : CaseView.StepStatus.values()) {
            sections.put(s.name(), shown.stream().filter(i -> i.status() == s).toList());
        }
        model.addAttribute("asOf", items.asOf());
        model.addAttribute("sections", sections);
        model.addAttribute("total", shown.size());
        model.addAttribute("district", blank(district));
        model.addAttribute("code", blank(code));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("districts", caller.district() == null ? Districts.SHANGHAI : List.of(caller.district()));
        model.addAttribute("stepCodes", CaseViews.stepCodes());
        model.addAttribute("mayImport", mayImport(caller));
        model.addAttribute("problems", shown(problems));
        model.addAttribute("csvQuery", "?asOf=" + items.asOf() + (blank(district) == null ? "" : "&district="
                + java.net.URLEncoder.encode(district, StandardCharsets.UTF_8)));
        return "register-worklist";
    }

    @GetMapping(path = "/register/worklist.csv", produces = "text/csv")
    ResponseEntity<String> worklistCsv(Authentication auth, @RequestParam(required = false) String asOf,
                                       @RequestParam(required = false) String district) {
        LocalDate day = date("asOf", asOf, new ArrayList<>());
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"worklist.csv\"")
                .body(Worklist.csv(worklist.of(caller(auth), day, blank(district))));
    }

    /** The worklist as a workbook: Chinese headers, each step's name beside its code (issue 15). */
    @GetMapping(path = "/register/worklist.xlsx")
    ResponseEntity<byte[]> worklistXlsx(Authentication auth, @RequestParam(required = false) String asOf,
                                        @RequestParam(required = false) String district) throws IOException {
        LocalDate day = date("asOf", asOf, new ArrayList<>());
        Worklist.Items items = worklist.of(caller(auth), day, blank(district));
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        List<List<Object>> rows = new ArrayList<>();
        for (Worklist.Item i : items.items()) { // the dates as date cells, so a sheet sorts and filters by them
            rows.add(List.of(i.caseRef(), i.uscc(), i.firmName() == null ? "" : i.firmName(),
                    i.district() == null ? messages.getMessage("worklist.municipal", null, zh) : i.district(),
                    i.code(), messages.getMessage("action." + i.code(), null, i.code(), zh),
                    i.from() == null ? "" : i.from(), i.due() == null ? "" : i.due(),
                    messages.getMessage("todo." + i.status(), null, zh),
                    Boolean.TRUE.equals(i.optional()) ? "是" : ""));
        }
        var out = new java.io.ByteArrayOutputStream();
        io.spotcheck.tabular.Sheets.write(out, "待办清单 " + items.asOf(), List.of("案件编号", "统一社会信用代码",
                "企业名称", "办理单位", "步骤代码", "步骤", "起始日期", "截止日期", "状态", "可选"), rows);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(io.spotcheck.tabular.Sheets.XLSX))
                .header("Content-Disposition", "attachment; filename=\"worklist-" + items.asOf() + ".xlsx\"")
                .body(out.toByteArray());
    }

    @GetMapping("/register/cases")
    String cases(Authentication auth, @RequestParam(required = false) String q,
                 @RequestParam(required = false) String status, @RequestParam(required = false) String district,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        List<String> badDates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<CaseList.Entry> all;
        try {
            all = matching(auth, q, status, district, from, to, badDates);
        } catch (InvalidInputException e) { // a district or status that names nothing: said, and every case shown
            problems.addAll(e.problems());
            district = null;
            status = null;
            all = matching(auth, q, null, null, from, to, badDates);
        }
        model.addAttribute("problems", shown(problems));
        int p = Math.max(page, 0);
        int first = Math.min(all.size(), p * PAGE_SIZE);
        model.addAttribute("found", new CaseList.Page(p, PAGE_SIZE, all.size(),
                all.subList(first, Math.min(all.size(), first + PAGE_SIZE))));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", blank(status));
        model.addAttribute("district", blank(district));
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("badDates", badDates);
        List<String> districts = new ArrayList<>(Districts.SHANGHAI);
        districts.add("MUNICIPAL"); // the municipal bureau: out-of-town firms and cases transferred to it
        model.addAttribute("districts", caller(auth).district() == null ? districts : List.of(caller(auth).district()));
        model.addAttribute("pages", (int) Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "register-cases";
    }

    /** The cases the search finds, every page: by case, firm or USCC, status, district and the day opened. */
    private List<CaseList.Entry> matching(Authentication auth, String q, String status, String district, String from,
                                          String to, List<String> badDates) {
        LocalDate first = DecisionSearch.date("from", from, badDates);
        LocalDate last = DecisionSearch.date("to", to, badDates);
        return cases.list(caller(auth), blank(district), blank(status), q, 0, Integer.MAX_VALUE).items().stream()
                .filter(e -> first == null || !e.openedOn().isBefore(first))
                .filter(e -> last == null || !e.openedOn().isAfter(last))
                .toList();
    }

    /** What the case search shows, every page of it, as CSV with Chinese headers and the labels beside the codes. */
    @GetMapping(path = "/register/cases.csv")
    ResponseEntity<byte[]> casesCsv(Authentication auth, @RequestParam(required = false) String q,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String district,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to) throws IOException {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        StringBuilder out = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.RFC4180)) {
            printer.printRecord("案件编号", "企业名称", "统一社会信用代码", "承办", "状态", "立案日期", "最近截止步骤",
                    "步骤代码", "截止日期", "逾期步骤数");
            for (CaseList.Entry e : matching(auth, q, status, district, from, to, new ArrayList<>())) {
                printer.printRecord(e.caseRef(), e.firmName(), e.uscc(), e.district() == null
                        ? messages.getMessage("worklist.municipal", null, zh) : e.district(),
                        messages.getMessage("caseStatus." + e.status(), null, zh), e.openedOn(),
                        e.nextCode() == null ? "" : messages.getMessage("action." + e.nextCode(), null, e.nextCode(), zh),
                        e.nextCode() == null ? "" : e.nextCode(), e.nextDue() == null ? "" : e.nextDue(), e.overdue());
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"cases.csv\"")
                .body((io.spotcheck.tabular.Sheets.BOM + out).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/register/cases/{caseRef}")
    String view(Authentication auth, @PathVariable String caseRef, @RequestParam(required = false) String asOf,
                Model model, HttpServletResponse response) {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = date("asOf", asOf, problems);
        return show(auth, caseRef, day, model, problems, null, response);
    }

    /** One form per event type: the form's fields become the event's JSON, recorded as the API records it. */
    @PostMapping("/register/cases/{caseRef}/events")
    String record(Authentication auth, @PathVariable String caseRef, @RequestParam MultiValueMap<String, String> form,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, Object> event = event(form);
        try {
            recorder.record(caller(auth), caseRef, Json.compact(event).getBytes(StandardCharsets.UTF_8));
            redirect.addFlashAttribute("recorded", form.getFirst("type"));
            return "redirect:/register/cases/" + RegisterPages.encode(caseRef);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(auth, caseRef, null, model, e.problems(), form.getFirst("type"), null);
        } catch (RegisterRefusal e) {
            if (e.status() == RegisterRefusal.Status.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().code());
            return show(auth, caseRef, null, model, List.of(new Problem(e.field() == null ? "" : e.field(),
                    e.getMessage())), form.getFirst("type"), null);
        }
    }

    private String show(Authentication auth, String caseRef, LocalDate day, Model model, List<Problem> problems,
                        String openForm, HttpServletResponse response) {
        Caller caller = caller(auth);
        CaseView view;
        boolean viewRefused = openForm == null && !problems.isEmpty();
        try {
            view = views.view(caller, caseRef, day);
        } catch (InvalidInputException e) {
            problems = new ArrayList<>(problems);
            problems.addAll(e.problems());
            viewRefused = true;
            view = views.view(caller, caseRef, null);
        }
        if (viewRefused && response != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("c", view);
        model.addAttribute("d", view.decision());
        model.addAttribute("problems", shown(problems));
        model.addAttribute("viewRefused", viewRefused);
        model.addAttribute("caseProblems", view.problems() == null ? List.of() : shown(view.problems().stream()
                .map(p -> new Problem("case." + p.field(), p.message())).toList()));
        model.addAttribute("openForm", openForm);
        model.addAttribute("mayRecord", caller.records(view.district()));
        model.addAttribute("eventTypes", EventType.values());
        model.addAttribute("today", views.today());
        model.addAttribute("districts", Districts.SHANGHAI);
        model.addAttribute("levels", Level.values());
        model.addAttribute("doneCodes", EventRecorder.doneCodes());
        model.addAttribute("codeLists", Map.of("FINDINGS", names(FindingCode.values()), "CIRCUMSTANCES",
                names(CircumstanceCode.values()), "PENALTIES", names(PenaltyCode.values()), "MINOR_GROUNDS",
                names(MinorGroundCode.values())));
        model.addAttribute("codePrefix", Map.of("FINDINGS", "finding.", "CIRCUMSTANCES", "circumstance.",
                "PENALTIES", "penalty.", "MINOR_GROUNDS", "minor."));
        model.addAttribute("retractable", view.events().stream().filter(e -> e.retractedBy() == null
                && e.type() != EventType.RETRACT).toList());
        return "register-case";
    }

    @GetMapping("/register/results")
    String importForm(Authentication auth, Model model) {
        model.addAttribute("mayImport", mayImport(caller(auth)));
        return "register-results";
    }

    /** Results reach the municipal bureau: an admin or an officer with no district imports them (CONTRACT §7). */
    private static boolean mayImport(Caller caller) {
        return caller.admin() || (caller.officer() && caller.district() == null);
    }

    @PostMapping("/register/results")
    String importResults(Authentication auth, @RequestParam(name = "results.csv", required = false) MultipartFile file,
                         Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("mayImport", mayImport(caller(auth)));
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", shown(List.of(new Problem(ResultsImport.FILE, "is required"))));
            return "register-results";
        }
        try {
            model.addAttribute("imported", results.importCsv(caller(auth), file.getInputStream()));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", shown(e.problems()));
        } catch (RegisterRefusal e) {
            response.setStatus(e.status().code());
            model.addAttribute("problems", shown(List.of(new Problem("", e.getMessage()))));
        }
        return "register-results";
    }

    /**
     * A problem as the page shows it: where (the field's label, or {@code file:line:column} and the column), what is
     * wrong in the page's language, the words typed, and the reader's own wording (shown on the English page).
     */
    public record Shown(String place, String text, String typed, String detail) {
    }

    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("^([a-z_]+): (.+)$",
            java.util.regex.Pattern.DOTALL);

    private List<Shown> shown(List<Problem> problems) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<Shown> out = new ArrayList<>();
        for (Problem p : problems) {
            String field = p.field() == null ? "" : p.field();
            String message = p.message();
            String place;
            java.util.regex.Matcher column = COLUMN.matcher(message);
            if (field.matches(".+:\\d+:\\d+") && column.matches()) {
                place = field + " " + column.group(1); // results.csv:4:11 checked_on
                message = column.group(2);
            } else if (field.startsWith("case.")) {
                FieldLabel label = FieldLabel.of(field.substring("case.".length()));
                place = label == null ? field : messages.getMessage(label.key(),
                        label.number() == null ? null : new Object[] {label.number()}, field, locale);
            } else if (field.isEmpty()) {
                place = null;
            } else {
                place = messages.getMessage("eventField." + field, null, field, locale);
            }
            ProblemText.Reading reading = ProblemText.read(message);
            String text = messages.getMessage(reading.key(), reading.args().toArray(), message, locale);
            if (reading.key().equals("problem.other")) {
                text = locale.getLanguage().equals("en") ? message : text;
            }
            out.add(new Shown(place, text, reading.typed(), message));
        }
        return out;
    }

    /** The event a form describes: its type's fields only; empty fields are left out (the recorder names what is missing). */
    static Map<String, Object> event(MultiValueMap<String, String> form) {
        Map<String, Object> event = new LinkedHashMap<>();
        String type = form.getFirst("type");
        event.put("type", type);
        event.put("date", form.getFirst("date"));
        for (String field : List.of("result", "by", "to", "code", "eventId", "reason")) {
            String v = form.getFirst(field);
            if (v != null && !v.isBlank()) {
                event.put(field, v.strip());
            }
        }
        for (String field : List.of("signed", "reachable")) {
            if (form.containsKey(field)) {
                event.put(field, "true".equals(form.getFirst(field)));
            }
        }
        if (form.containsKey("codes")) {
            event.put("codes", form.get("codes"));
        } else if (type != null && List.of("FINDINGS", "CIRCUMSTANCES", "PENALTIES", "MINOR_GROUNDS").contains(type)) {
            event.put("codes", List.of());
        }
        return event;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(String field, String text, List<Problem> problems) {
        return PageDates.parse(field, text, problems);
    }

    static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
