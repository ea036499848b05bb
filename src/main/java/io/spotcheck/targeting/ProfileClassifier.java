package io.spotcheck.targeting;

import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.engine.Firing;
import io.spotcheck.engine.RuleBase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies a pair profile by running rules/targeting: a million pairs share a few hundred profiles, so the
 * planner runs the rules once per distinct profile (its {@link #code}) and every pair takes its profile's class.
 */
final class ProfileClassifier {

    /** What the rules concluded for one profile. {@code reasonBits}: the candidacies, bit {@code ordinal}. */
    record PairClass(Exclusion exclusion, Set<Reason> candidacies, double weight, List<String> fired,
                     int reasonBits) {

        PairClass(Exclusion exclusion, Set<Reason> candidacies, double weight, List<String> fired) {
            this(exclusion, candidacies, weight, fired, bits(candidacies));
        }

        /** Whether the pair is a candidate for {@code reason} (the hot path of the allocation). */
        boolean candidate(Reason reason) {
            return (reasonBits & 1 << reason.ordinal()) != 0;
        }

        private static int bits(Set<Reason> reasons) {
            int bits = 0;
            for (Reason r : reasons) {
                bits |= 1 << r.ordinal();
            }
            return bits;
        }
    }

    private final RuleBase rules;
    private final List<Object> parameterFacts = new ArrayList<>();

    ProfileClassifier(RuleBase rules, PlanParameters params) {
        this.rules = rules;
        for (CreditRisk c : CreditRisk.values()) {
            parameterFacts.add(new CreditWeight(c, params.creditWeight(c)));
        }
        parameterFacts.add(new CreditWeight(null, params.creditWeightNone()));
        params.riskWeights().forEach((level, w) -> parameterFacts.add(new RiskWeight(level, w)));
    }

    /** The profile packed into 16 bits: equal codes, equal profiles. */
    static int code(PairProfile p) {
        int credit = p.creditRisk() == null ? 0 : p.creditRisk().ordinal() + 1;
        return (p.reachable() ? 1 : 0) | (p.recentNational() ? 2 : 0) | (p.recentMunicipal() ? 4 : 0)
                | (p.recentDistrict() ? 8 : 0) | (p.failedInTrackingYears() ? 16 : 0) | (p.riskLevel() << 5)
                | (p.keyCatalogue() ? 128 : 0) | (p.uncoveredThisPeriod() ? 256 : 0) | (credit << 9)
                | (p.complaint() ? 4096 : 0) | (p.penalty() ? 8192 : 0) | (p.recall() ? 16384 : 0);
    }

    /** Runs the rules for one profile (the planner runs them once per distinct profile; this keeps nothing). */
    PairClass classify(PairProfile profile) {
        List<Object> facts = new ArrayList<>(parameterFacts);
        facts.add(profile);
        RuleBase.Run run = rules.run(RuleBase.Flow.PLAN, facts);
        Exclusion exclusion = null;
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        double weight = 0;
        for (Object fact : run.facts()) {
            if (fact instanceof Excluded e && (exclusion == null || e.reason().ordinal() < exclusion.ordinal())) {
                exclusion = e.reason();
            } else if (fact instanceof Candidate c) {
                reasons.add(c.reason());
            } else if (fact instanceof DrawWeight w) {
                weight = w.weight();
            }
        }
        List<String> fired = run.firings().stream().map(Firing::rule).map(r -> r.id()).distinct().sorted().toList();
        return new PairClass(exclusion, Set.copyOf(reasons), weight, fired);
    }
}
