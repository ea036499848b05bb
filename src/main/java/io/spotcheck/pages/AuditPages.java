package io.spotcheck.pages;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's pages: the rule catalogue with each rule's DRL source, and the decision log with its chain check. */
@Controller
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final RuleBase rules;
    private final AuditLog log;
    private final io.spotcheck.audit.ChainHead head;
    private final io.spotcheck.audit.PlanReviews reviews;
    private final org.springframework.context.MessageSource messages;

    AuditPages(RuleBase rules, AuditLog log, io.spotcheck.audit.ChainHead head,
               io.spotcheck.audit.PlanReviews reviews, org.springframework.context.MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
        this.head = head;
        this.rules = rules;
        this.log = log;
    }

    /** A rule as the catalogue shows it: its metadata and its DRL text. */
    record RuleView(RuleInfo info, String source) {
        public String anchor() {
            return "rule-" + info.id();
        }
    }

    @GetMapping("/rules")
    String rules(@RequestParam(required = false) String q, Model model) {
        Map<String, String> texts = rules.source().ruleTexts();
        Map<String, List<RuleView>> byFile = new TreeMap<>();
        String wanted = searchable(q);
        int found = 0;
        for (RuleInfo r : rules.rules()) {
            if (!wanted.isEmpty() && !matches(r, wanted)) {
                continue;
            }
            found++;
            byFile.computeIfAbsent(r.file(), f -> new java.util.ArrayList<>())
                    .add(new RuleView(r, texts.getOrDefault(r.ruleName(), "")));
        }
        byFile.values().forEach(list -> list.sort(java.util.Comparator.comparing(v -> v.info().id())));
        model.addAttribute("files", byFile);
        model.addAttribute("ruleCount", rules.rules().size());
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("found", wanted.isEmpty() ? null : found);
        return "rules";
    }

    /** A rule matches when its id, either name or its basis holds the words searched for, each of them. */
    static boolean matches(RuleInfo r, String wanted) {
        String text = searchable(r.id() + " " + r.zh() + " " + r.en() + " " + r.basis());
        for (String word : wanted.split(" ")) {
            if (!text.replace(" ", "").contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** As officers type it: full-width to half-width (NFKC), lower case, brackets of either width alike. */
    static String searchable(String text) {
        if (text == null) {
            return "";
        }
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                .replace('〔', '[').replace('〕', ']').replace('【', '[').replace('】', ']')
                .strip().replaceAll("\\s+", " ");
    }

    /** What the log shows by default: decisions, plans and their names and approvals; or one kind, or all. */
    static final List<AuditRecord.Kind> DECISIONS_AND_PLANS = List.of(AuditRecord.Kind.DECISION,
            AuditRecord.Kind.PLAN, AuditRecord.Kind.PLAN_STATUS);

    @GetMapping("/audit")
    String log(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String kind, Model model,
               java.util.Locale locale) {
        return page(page, kind, null, model, locale);
    }

    @GetMapping("/audit/verify")
    String verify(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String kind,
                  Model model, java.util.Locale locale) {
        return page(page, kind, log.verify(head.last().orElse(null), java.util.List.of()), model, locale);
    }

    private String page(int page, String kind, AuditLog.Verification verification, Model model,
                        java.util.Locale locale) {
        String shown = kind == null ? "" : kind;
        List<AuditRecord.Kind> kinds = shown.equals("ALL") ? List.of(AuditRecord.Kind.values())
                : java.util.Arrays.stream(AuditRecord.Kind.values()).filter(k -> k.name().equals(shown))
                .findFirst().map(List::of).orElse(DECISIONS_AND_PLANS);
        var result = log.list(kinds, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("page", result);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("rows", AuditRows.of(result.items(), log, reviews, messages, locale));
        model.addAttribute("kind", kinds.size() == 1 ? kinds.get(0).name() : shown.equals("ALL") ? "ALL" : "");
        model.addAttribute("kinds", AuditRecord.Kind.values());
        model.addAttribute("verification", verification);
        return "audit";
    }
}
