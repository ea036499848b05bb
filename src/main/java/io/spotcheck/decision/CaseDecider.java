package io.spotcheck.decision;

import io.spotcheck.casefile.CaseFacts;
import io.spotcheck.casefile.CaseRequest;
import io.spotcheck.casefile.Level;
import io.spotcheck.classification.SeriousCategory;
import io.spotcheck.classification.SeriousProblem;
import io.spotcheck.decision.Decision.Action;
import io.spotcheck.decision.Decision.Explanation;
import io.spotcheck.decision.Decision.Interview;
import io.spotcheck.decision.Decision.Listing;
import io.spotcheck.engine.Firing;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.filing.Filing;
import io.spotcheck.handling.ActionCode;
import io.spotcheck.handling.Deadline;
import io.spotcheck.handling.DeadlineKind;
import io.spotcheck.handling.OpenAction;
import io.spotcheck.handling.WorkingCalendar;
import io.spotcheck.filing.FilingOutcome;
import io.spotcheck.interview.InterviewDue;
import io.spotcheck.listing.ListingApproval;
import io.spotcheck.listing.ListName;
import io.spotcheck.listing.ListingDue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        List<Object> facts = new ArrayList<>(CaseFacts.of(request));
        facts.add(ruleBase.data(WorkingCalendar.class, WorkingCalendar::from));
        RuleBase.Run run = ruleBase.run(RuleBase.Flow.CASE, facts);
        Conclusions c = new Conclusions();
        run.facts().forEach(c::add);
        if (c.filings.size() != 1) {
            throw new IllegalStateException("the rules gave " + c.filings + " as filing outcome; exactly one expected");
        }
        return new Decision(decisionId, request.caseRef(), request.asOf(), ruleBase.version(),
                !c.categories.isEmpty(), List.copyOf(c.categories), c.filings.iterator().next(), c.interviews(),
                c.listings(), c.actions(), Timeline.of(request, c.deadlines), explanation(run.firings()));
    }

    /** The facts the rules concluded, read into the response's shape in one pass. */
    private static final class Conclusions {
        final Set<SeriousCategory> categories = new TreeSet<>(Comparator.comparing(Enum::name));
        final Set<Filing> filings = EnumSet.noneOf(Filing.class);
        final Map<Level, Boolean> interviewByLevel = new EnumMap<>(Level.class);
        final Set<ListName> lists = new TreeSet<>();
        final Map<ListName, Level> approvals = new EnumMap<>(ListName.class);
        final Map<ActionCode, OpenAction> actions = new EnumMap<>(ActionCode.class);
        final Map<DeadlineKind, Deadline> deadlines = new EnumMap<>(DeadlineKind.class);

        void add(Object fact) {
            if (fact instanceof SeriousProblem p) {
                categories.add(p.category());
            } else if (fact instanceof FilingOutcome f) {
                filings.add(f.filing());
            } else if (fact instanceof InterviewDue i) {
                interviewByLevel.merge(i.level(), i.mandatory(), Boolean::logicalOr);
            } else if (fact instanceof ListingDue l) {
                lists.add(l.list());
            } else if (fact instanceof ListingApproval a) {
                approvals.put(a.list(), a.by());
            } else if (fact instanceof OpenAction a) {
                actions.put(a.code(), a);
            } else if (fact instanceof Deadline d) {
                deadlines.put(d.kind(), d);
            }
        }

        /** District before municipal; at most one per level, a mandatory one winning. */
        List<Interview> interviews() {
            List<Interview> out = new ArrayList<>(2);
            for (Level level : List.of(Level.DISTRICT, Level.MUNICIPAL)) {
                Boolean mandatory = interviewByLevel.get(level);
                if (mandatory != null) {
                    out.add(new Interview(level, mandatory));
                }
            }
            return out;
        }

        /** In the order of {@link ActionCode}. */
        List<Action> actions() {
            return actions.values().stream().map(a -> new Action(a.code().name(), a.from(), a.due())).toList();
        }

        List<Listing> listings() {
            List<Listing> out = new ArrayList<>(lists.size());
            for (ListName list : lists) {
                out.add(new Listing(list, approvals.get(list)));
            }
            return out;
        }
    }

    /** One entry per rule, at its first firing; later firings of the same rule add what they saw and concluded. */
    public static List<Explanation> explanation(List<Firing> firings) {
        Map<String, Explanation> byId = new LinkedHashMap<>();
        Map<Object, String> described = new java.util.IdentityHashMap<>();
        for (Firing f : firings) {
            var r = f.rule();
            Explanation previous = byId.get(r.id());
            if (previous == null) {
                byId.put(r.id(), new Explanation(r.id(), r.names(), r.basis(), f.detail(described),
                        f.conclusions(described)));
            } else {
                List<String> concluded = new ArrayList<>(previous.concluded());
                f.conclusions(described).stream().filter(c -> !concluded.contains(c)).forEach(concluded::add);
                String more = f.detail(described);
                String detail = previous.detail().contains(more) ? previous.detail() : previous.detail() + " | " + more;
                byId.put(r.id(), new Explanation(r.id(), previous.name(), r.basis(), detail, concluded));
            }
        }
        return List.copyOf(byId.values());
    }
}
