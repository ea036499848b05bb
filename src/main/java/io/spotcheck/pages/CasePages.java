package io.spotcheck.pages;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.audit.AuditedDecisions;
import io.spotcheck.audit.Replayer;
import io.spotcheck.audit.RulesetSnapshots;
import io.spotcheck.casefile.CaseReader;
import io.spotcheck.casefile.CaseRequest;
import io.spotcheck.casefile.CircumstanceCode;
import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.casefile.Districts;
import io.spotcheck.casefile.FindingCode;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.MinorGroundCode;
import io.spotcheck.casefile.PenaltyCode;
import io.spotcheck.casefile.Problem;
import io.spotcheck.casefile.Result;
import io.spotcheck.casefile.Role;
import io.spotcheck.shared.Json;
import io.spotcheck.engine.RuleBase;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case officer's pages: the case form (or pasted JSON), the decision, the list of past decisions; and, for
 * auditors, a decision's replay. Every decision goes through the same reader and audited decider as the API.
 */
@Controller
class CasePages {

    /** Rows the form offers; empty rows are dropped. */
    static final int FAILED_ITEMS = 3;
    static final int HISTORY = 4;
    static final int LETTERS = 3;
    private static final int PAGE_SIZE = 25;

    private final CaseReader reader;
    private final AuditedDecisions decisions;
    private final AuditLog log;
    private final RulesetSnapshots snapshots;
    private final RuleBase current;

    private final org.springframework.context.MessageSource messages;

    CasePages(CaseReader reader, AuditedDecisions decisions, AuditLog log, RulesetSnapshots snapshots,
              RuleBase current, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.reader = reader;
        this.decisions = decisions;
        this.log = log;
        this.snapshots = snapshots;
        this.current = current;
    }

    /** The roots of the request in the order the form shows them, so problems are listed top to bottom. */
    private static final List<String> FORM_ORDER = List.of("caseRef", "asOf", "firm", "spotChecks", "findings",
            "circumstances", "penalties", "minorCircumstances", "noIntentProven", "jurisdictionDisputed");

    @GetMapping("/cases/new")
    String form(Model model) {
        formModel(model, Map.of(), Map.of(), List.of(), "");
        model.addAttribute("categories", categories().byCode());
        return "case-form";
    }

    private CategoryNames categories() {
        return current.data(CategoryNames.class, CategoryNames::from);
    }

    @PostMapping("/cases/new")
    String decideForm(HttpServletRequest request, Principal user, Model model, HttpServletResponse response) {
        Map<String, String[]> params = request.getParameterMap();
        CaseForm form = CaseForm.of(params, categories());
        try {
            List<Problem> refused = new ArrayList<>(form.problems());
            CaseRequest read = null;
            try {
                read = reader.read(form.body());
            } catch (InvalidInputException e) {
                refused.addAll(e.problems());
            }
            if (!refused.isEmpty()) {
                refused.sort(java.util.Comparator.comparingInt(p -> FORM_ORDER.indexOf(p.field().split("[.\\[]", 2)[0])));
                throw new InvalidInputException(refused);
            }
            return "redirect:/decisions/" + decisions.decide(read, user.getName()).decision().decisionId();
        } catch (InvalidInputException e) {
            Map<String, List<FieldProblem>> errors = new LinkedHashMap<>();
            List<FieldProblem> all = new ArrayList<>();
            for (Problem p : e.problems()) {
                FieldProblem fp = FieldProblem.of(form.inputOf(p.field()), p.message());
                errors.computeIfAbsent(fp.input(), k -> new ArrayList<>()).add(fp);
                all.add(fp);
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            formModel(model, params, errors, all, form.pretty());
            model.addAttribute("categories", categories().byCode());
            return "case-form";
        }
    }

    @PostMapping("/cases/json")
    String decideJson(@RequestParam(defaultValue = "") String json, Principal user, Model model,
                      HttpServletResponse response) {
        try {
            if (json.length() > 1024 * 1024) {
                throw new InvalidInputException(List.of(new Problem("json", "is longer than 1048576 characters")));
            }
            return decided(json.getBytes(StandardCharsets.UTF_8), user);
        } catch (InvalidInputException e) {
            List<FieldProblem> all = e.problems().stream()
                    .map(p -> FieldProblem.of(p.field(), p.message())).toList();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            formModel(model, Map.of(), Map.of(), all, json);
            model.addAttribute("categories", categories().byCode());
            model.addAttribute("jsonProblems", true);
            return "case-form";
        }
    }

    private String decided(byte[] body, Principal user) {
        var stored = decisions.decide(reader.read(body), user.getName());
        return "redirect:/decisions/" + stored.decision().decisionId();
    }

    /**
     * A problem shown at its input: the field's label (null: a path no field carries), the translated kind with its
     * arguments, the words typed, and the reader's own message (shown on the English page).
     */
    record FieldProblem(String input, FieldLabel label, String key, List<String> args, String typed, String detail) {

        static FieldProblem of(String input, String message) {
            ProblemText.Reading reading = ProblemText.read(message);
            return new FieldProblem(input, FieldLabel.of(input), reading.key(), reading.args(), reading.typed(),
                    message);
        }

        /** The anchor of the input this problem belongs to. */
        public String anchor() {
            return "f-" + input.replace('.', '-').replace('[', '-').replace("]", "");
        }
    }

    private static void formModel(Model model, Map<String, String[]> params, Map<String, List<FieldProblem>> errors,
                                  List<FieldProblem> all, String json) {
        Map<String, String> values = new HashMap<>();
        params.forEach((k, v) -> values.put(k, v.length == 0 ? "" : v[0]));
        Map<String, Set<String>> ticked = new HashMap<>();
        for (String list : CaseForm.CODE_LISTS) {
            ticked.put(list, Set.copyOf(Arrays.asList(params.getOrDefault(list, new String[0]))));
        }
        model.addAttribute("values", values);
        model.addAttribute("ticked", ticked);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", all);
        model.addAttribute("json", json);
        List<String> districts = new ArrayList<>(Districts.SHANGHAI);
        districts.add(CaseForm.OUTSIDE);
        model.addAttribute("districts", districts);
        model.addAttribute("firmRoles", Role.values());
        model.addAttribute("creditRisks", CreditRisk.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("announcers", List.of(Level.NATIONAL, Level.MUNICIPAL, Level.DISTRICT));
        model.addAttribute("results", Result.values());
        model.addAttribute("findingCodes", FindingCode.values());
        model.addAttribute("circumstanceCodes", CircumstanceCode.values());
        model.addAttribute("penaltyCodes", PenaltyCode.values());
        model.addAttribute("minorCodes", MinorGroundCode.values());
        model.addAttribute("failedRows", range(FAILED_ITEMS));
        model.addAttribute("historyRows", range(HISTORY));
        model.addAttribute("letterRows", range(LETTERS));
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    @GetMapping("/decisions/{id}")
    String decision(@PathVariable String id, Model model, org.springframework.security.core.Authentication auth) {
        AuditRecord record = find(id);
        String own = ownOnly(auth);
        if (own != null && !own.equals(record.requestedBy())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("record", record);
        model.addAttribute("request", tree(record.request()));
        model.addAttribute("decision", tree(record.response()));
        model.addAttribute("responseJson", Json.write(Json.COMPACT.readTree(record.response())));
        return "decision";
    }

    /** A district-bound officer sees only the decisions it requested (CONTRACT §7 "Who sees which case"). */
    static String ownOnly(org.springframework.security.core.Authentication auth) {
        if (auth == null) {
            return null;
        }
        return RegisterPages.caller(auth).ownDecisionsOnly();
    }

    @GetMapping("/decisions")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String caseRef,
                @RequestParam(required = false) String district, @RequestParam(required = false) String filing,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "0") int page, Model model,
                org.springframework.security.core.Authentication auth) {
        DecisionSearch.Query query = DecisionSearch.Query.of(q != null ? q : caseRef, district, filing, from, to);
        var result = DecisionSearch.page(log, query, ownOnly(auth), Math.max(0, page), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("page", result);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("rows", result.rows());
        model.addAttribute("districts", Districts.SHANGHAI);
        model.addAttribute("filings", io.spotcheck.filing.Filing.values());
        return "decisions";
    }

    /** One stored decision in the list: the record and its response. */
    record Row(AuditRecord record, Map<String, Object> response) {
    }

    @PostMapping("/decisions/{id}/replay")
    String replay(@PathVariable String id, Model model, java.util.Locale locale) {
        AuditRecord record = find(id);
        Replayer.Replay replay = Replayer.replay(record, snapshots, current);
        model.addAttribute("record", record);
        model.addAttribute("replay", replay);
        model.addAttribute("recordedTable", ReplayTable.of(replay.differences(), messages, locale));
        model.addAttribute("currentTable", ReplayTable.of(replay.currentDifferences(), messages, locale));
        model.addAttribute("storedJson", Json.write(Json.COMPACT.readTree(record.response())));
        model.addAttribute("todayJson", Json.write(Json.COMPACT.readTree(replay.currentResponse())));
        return "replay";
    }

    private AuditRecord find(String id) {
        return log.find(id, AuditRecord.Kind.DECISION)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no decision " + id));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> tree(String json) {
        return Json.COMPACT.readValue(json, LinkedHashMap.class);
    }
}
