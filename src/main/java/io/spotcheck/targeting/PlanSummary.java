package io.spotcheck.targeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a planner signs (CONTRACT §2 summary): the plan's shape, coverage, exclusions, seed and versions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "year", "start", "budget", "seed", "rulesetVersion", "inputDigest", "batches", "byTier",
        "byReason", "levelOne", "keyCatalogue", "excluded", "priorityCut", "qualityAnalysis", "rulesFired", "encodings", "names"})
public record PlanSummary(String id, int year, LocalDate start, int budget, String seed, String rulesetVersion,
                          String inputDigest, int batches, Map<Tier, Integer> byTier, Map<Reason, Integer> byReason,
                          LevelOne levelOne, KeyCatalogue keyCatalogue, Map<Exclusion, Integer> excluded,
                          int priorityCut, List<QualityAnalysis> qualityAnalysis, Map<String, Integer> rulesFired,
                          Map<String, String> encodings, Names names) {

    /** The names of the categories and inspectors the plan uses, by code (shown beside the codes in plan.xlsx). */
    public record Names(Map<String, String> categories, Map<String, String> inspectors) {
    }

    public record LevelOne(int covered, int total) {
    }

    public record KeyCatalogue(String period, int coveredBefore, int requiredThisYear, int coveredThisYear,
                               int total) {
    }

    /** A category whose previous-year failure rate calls for a quality analysis (251号 三(一)). */
    public record QualityAnalysis(String categoryCode, String name, int batches, int failed, double failureRate) {
    }

    public PlanSummary withId(String newId) {
        return new PlanSummary(newId, year, start, budget, seed, rulesetVersion, inputDigest, batches, byTier,
                byReason, levelOne, keyCatalogue, excluded, priorityCut, qualityAnalysis, rulesFired, encodings, names);
    }

    /** The summary as a planner reads it on a terminal. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append("Sampling plan ").append(year).append(" (start ").append(start).append("): ").append(batches)
                .append(" of ").append(budget).append(" batches\n");
        s.append("  by tier:    ").append(byTier).append('\n');
        s.append("  by reason:  ").append(byReason).append('\n');
        s.append("  level-one categories covered: ").append(levelOne.covered()).append(" / ")
                .append(levelOne.total()).append('\n');
        s.append("  key catalogue ").append(keyCatalogue.period()).append(": ").append(keyCatalogue.coveredBefore())
                .append(" covered before, ").append(keyCatalogue.requiredThisYear()).append(" required this year, ")
                .append(keyCatalogue.coveredThisYear()).append(" covered this year, of ").append(keyCatalogue.total())
                .append('\n');
        s.append("  excluded pairs: ").append(excluded).append('\n');
        s.append("  priority batches cut for lack of budget: ").append(priorityCut).append('\n');
        s.append("  quality analysis due: ");
        s.append(qualityAnalysis.isEmpty() ? "none" : qualityAnalysis.stream()
                .map(q -> q.categoryCode() + " " + q.name() + " (" + q.failed() + "/" + q.batches() + ")")
                .reduce((a, b) -> a + "; " + b).orElse("")).append('\n');
        s.append("  seed: ").append(seed).append('\n');
        s.append("  rules:  ").append(rulesetVersion).append('\n');
        s.append("  inputs: ").append(inputDigest).append('\n');
        if (encodings != null && !encodings.isEmpty()) {
            s.append("  read as: ").append(encodings).append('\n');
        }
        return s.toString();
    }
}
