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

    AuditPages(RuleBase rules, AuditLog log, io.spotcheck.audit.ChainHead head) {
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
    String rules(Model model) {
        Map<String, String> texts = rules.source().ruleTexts();
        Map<String, List<RuleView>> byFile = new TreeMap<>();
        for (RuleInfo r : rules.rules()) {
            byFile.computeIfAbsent(r.file(), f -> new java.util.ArrayList<>())
                    .add(new RuleView(r, texts.getOrDefault(r.ruleName(), "")));
        }
        byFile.values().forEach(list -> list.sort(java.util.Comparator.comparing(v -> v.info().id())));
        model.addAttribute("files", byFile);
        model.addAttribute("ruleCount", rules.rules().size());
        return "rules";
    }

    @GetMapping("/audit")
    String log(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(page, null, model);
    }

    @GetMapping("/audit/verify")
    String verify(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(page, log.verify(head.last().orElse(null), java.util.List.of()), model);
    }

    private String page(int page, AuditLog.Verification verification, Model model) {
        var result = log.list(AuditRecord.Kind.DECISION, null, null, null, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("page", result);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("rows", result.items());
        model.addAttribute("verification", verification);
        return "audit";
    }
}
