package io.spotcheck.evaluation;

import io.spotcheck.casefile.FailedItem;
import io.spotcheck.casefile.Result;
import io.spotcheck.casefile.StandardCode;
import io.spotcheck.classification.HealthSafetyFailure;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.register.CaseViews;
import io.spotcheck.register.Register;
import io.spotcheck.register.StoredResult;
import io.spotcheck.targeting.CategoryResults;
import io.spotcheck.targeting.PlanParameters;
import io.spotcheck.targeting.QualityAnalysisDue;
import io.spotcheck.targeting.QualityAnalysisThreshold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The stored results of a period as batches (CONTRACT §8 {@code labs}, {@code categories}): what failed after live
 * re-tests, which failures were on health or safety by the same rules as a decision, and which categories the plan's
 * quality-analysis rule (TGT-040) finds due with the plan's parameters. Policy stays in {@code rules/}.
 */
final class Batches {

    private Batches() {
    }

    /** The results checked from {@code from} to {@code to} and not after {@code asOf} that {@code keep} accepts. */
    static List<Batch> of(RuleBase rules, Register.Snapshot s, LocalDate from, LocalDate to, LocalDate asOf,
                          Predicate<StoredResult> keep) {
        List<StoredResult> rows = s.results().values().stream()
                .filter(r -> !r.checkedOn().isBefore(from) && !r.checkedOn().isAfter(to)
                        && !r.checkedOn().isAfter(asOf) && keep.test(r))
                .toList();
        List<Boolean> failed = rows.stream()
                .map(r -> r.result() == Result.FAIL && !CaseViews.overturned(s, r, asOf)).toList();
        Set<Integer> safety = safetyFailures(rules, rows, failed);
        List<Batch> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Batch(rows.get(i), failed.get(i), safety.contains(i)));
        }
        return out;
    }

    /** The indexes of the failed rows with a health/safety failed item: the classification rules run on every item. */
    private static Set<Integer> safetyFailures(RuleBase rules, List<StoredResult> rows, List<Boolean> failed) {
        List<Object> facts = new ArrayList<>();
        List<Integer> rowOfItem = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!failed.get(i) || rows.get(i).failedItems() == null) {
                continue;
            }
            for (StoredResult.Item item : rows.get(i).failedItems()) {
                StandardCode code = StandardCode.parse(item.standard()).orElse(null);
                facts.add(new FailedItem(rowOfItem.size(), item.item(), item.standard(),
                        code == null ? null : code.family(), code == null ? null : code.suffix(),
                        item.safetyCritical()));
                rowOfItem.add(i);
            }
        }
        Set<Integer> out = new HashSet<>();
        if (facts.isEmpty()) {
            return out;
        }
        for (Object fact : rules.run(RuleBase.Flow.CASE, facts).facts()) {
            if (fact instanceof HealthSafetyFailure h) {
                out.add(rowOfItem.get(h.item().index()));
            }
        }
        return out;
    }

    /** Batches by {@code key}, in code point order of the keys. */
    static List<Tally> by(List<Batch> batches, Function<Batch, String> key) {
        Map<String, Tally> out = new TreeMap<>();
        for (Batch b : batches) {
            out.merge(key.apply(b), Tally.empty(key.apply(b)).add(b), (a, x) -> a.add(b));
        }
        return List.copyOf(out.values());
    }

    static List<LabRow> labs(List<Batch> batches) {
        return by(batches, b -> b.result().labId()).stream()
                .map(t -> new LabRow(t.key(), t.batches(), t.failures(), t.failureRate(), t.safetyFailures()))
                .toList();
    }

    /** Categories by code, each with whether TGT-040 finds a quality analysis due, on the plan's parameters. */
    static List<CategoryRow> categories(RuleBase rules, List<Batch> batches) {
        List<Tally> tallies = by(batches, b -> b.result().categoryCode());
        PlanParameters params = rules.data(PlanParameters.class, PlanParameters::from);
        List<Object> facts = new ArrayList<>();
        facts.add(new QualityAnalysisThreshold(params.qualityAnalysisFailureRate(), params.qualityAnalysisMinBatches()));
        tallies.forEach(t -> facts.add(CategoryResults.of(t.key(), t.batches(), t.failures())));
        Set<String> due = new HashSet<>();
        for (Object fact : rules.run(RuleBase.Flow.PLAN, facts).facts()) {
            if (fact instanceof QualityAnalysisDue d) {
                due.add(d.categoryCode());
            }
        }
        return tallies.stream().map(t -> new CategoryRow(t.key(), t.batches(), t.failures(), t.failureRate(),
                due.contains(t.key()))).toList();
    }
}
