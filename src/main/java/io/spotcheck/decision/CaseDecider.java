package io.spotcheck.decision;

import io.spotcheck.casefile.CaseFacts;
import io.spotcheck.casefile.CaseRequest;
import io.spotcheck.casefile.Level;
import io.spotcheck.classification.SeriousProblem;
import io.spotcheck.decision.Decision.Explanation;
import io.spotcheck.decision.Decision.Interview;
import io.spotcheck.decision.Decision.Listing;
import io.spotcheck.decision.Decision.Name;
import io.spotcheck.engine.Firing;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.filing.FilingOutcome;
import io.spotcheck.interview.InterviewDue;
import io.spotcheck.listing.ListingApproval;
import io.spotcheck.listing.ListingDue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Decides one case: the request's facts go through the rules, the conclusions come back as a {@link Decision}.
 * No policy here — only reading the rules' conclusions into the response's shape.
 */
public final class CaseDecider {

    private final Supplier<RuleBase> rules;

    public CaseDecider(Supplier<RuleBase> rules) {
        this.rules = rules;
    }

    public Decision decide(CaseRequest request) {
        return decide(request, UUID.randomUUID().toString());
    }

    public Decision decide(CaseRequest request, String decisionId) {
        RuleBase ruleBase = rules.get();
        RuleBase.Run run = ruleBase.run(CaseFacts.of(request));

        var categories = run.all(SeriousProblem.class).stream().map(SeriousProblem::category)
                .distinct().sorted(Comparator.comparing(Enum::name)).toList();
        var filings = run.all(FilingOutcome.class).stream().map(FilingOutcome::filing).distinct().toList();
        if (filings.size() != 1) {
            throw new IllegalStateException("the rules gave " + filings + " as filing outcome; exactly one expected");
        }
        return new Decision(decisionId, request.caseRef(), request.asOf(), ruleBase.version(),
                !categories.isEmpty(), categories, filings.get(0), interviews(run), listings(run),
                List.of(), explanation(run.firings()));
    }

    private static List<Interview> interviews(RuleBase.Run run) {
        Map<Level, Boolean> byLevel = new LinkedHashMap<>();
        for (InterviewDue due : run.all(InterviewDue.class)) {
            byLevel.merge(due.level(), due.mandatory(), Boolean::logicalOr);
        }
        return byLevel.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(l -> l == Level.DISTRICT ? 0 : 1)))
                .map(e -> new Interview(e.getKey(), e.getValue())).toList();
    }

    private static List<Listing> listings(RuleBase.Run run) {
        var approvals = run.all(ListingApproval.class);
        return run.all(ListingDue.class).stream().map(ListingDue::list).distinct().sorted()
                .map(list -> new Listing(list, approvals.stream().filter(a -> a.list() == list)
                        .map(ListingApproval::by).findFirst().orElse(null)))
                .toList();
    }

    /** One entry per rule, at its first firing; later firings of the same rule add what they saw and concluded. */
    private static List<Explanation> explanation(List<Firing> firings) {
        Map<String, Explanation> byId = new LinkedHashMap<>();
        for (Firing f : firings) {
            var r = f.rule();
            Explanation previous = byId.get(r.id());
            if (previous == null) {
                byId.put(r.id(), new Explanation(r.id(), new Name(r.zh(), r.en()), r.basis(), f.detail(),
                        f.conclusions()));
            } else {
                List<String> concluded = new ArrayList<>(previous.concluded());
                f.conclusions().stream().filter(c -> !concluded.contains(c)).forEach(concluded::add);
                String detail = previous.detail().contains(f.detail()) ? previous.detail()
                        : previous.detail() + " | " + f.detail();
                byId.put(r.id(), new Explanation(r.id(), previous.name(), r.basis(), detail, concluded));
            }
        }
        return List.copyOf(byId.values());
    }
}
