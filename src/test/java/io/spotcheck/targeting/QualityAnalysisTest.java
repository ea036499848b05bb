package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/targeting/quality-analysis.drl, 251号 三(一): a previous-year failure rate of 20% over at least 10 batches. */
class QualityAnalysisTest {

    private static PlanData history(int batches, int failed, int year) {
        PlanData d = new PlanData().category("Q", 3, false);
        for (int i = 1; i <= batches; i++) {
            d.firm(i, "A", "Q").check(i, "Q", "DISTRICT", i <= failed ? "FAIL" : "PASS", year + "-03-01");
        }
        return d;
    }

    @ParameterizedTest(name = "{1} failed of {0} batches last year: analysis = {2}")
    @CsvSource({"10, 2, true", "10, 1, false", "9, 9, false", "20, 4, true", "20, 3, false"})
    @DisplayName("TGT-040 the failure rate threshold and the minimum batches, each on both sides")
    void thresholdAndMinimumBatches(int batches, int failed, boolean due) {
        Plan plan = history(batches, failed, 2026).plan(2027, 60, "s");

        assertThat(plan.summary().qualityAnalysis().isEmpty()).isEqualTo(!due);
        if (due) {
            assertThat(plan.summary().qualityAnalysis()).singleElement().satisfies(q -> {
                assertThat(q.categoryCode()).isEqualTo("Q");
                assertThat(q.batches()).isEqualTo(batches);
                assertThat(q.failed()).isEqualTo(failed);
                assertThat(q.failureRate()).isEqualTo((double) failed / batches);
            });
        }
    }

    @Test
    @DisplayName("TGT-040 only the previous year's batches count")
    void onlyThePreviousYearCounts() {
        assertThat(history(10, 10, 2025).plan(2027, 60, "s").summary().qualityAnalysis()).isEmpty();
    }

    @Test
    @DisplayName("TGT-040 the threshold is read from the rules: the rule concludes, the planner only reports")
    void theRuleDecides() {
        var rules = io.spotcheck.support.TestRules.RULES;
        var facts = java.util.List.<Object>of(new QualityAnalysisThreshold(0.2, 10), CategoryResults.of("Q", 10, 2),
                CategoryResults.of("R", 10, 1), CategoryResults.of("S", 9, 9));

        var run = rules.run(io.spotcheck.engine.RuleBase.Flow.PLAN, facts);

        assertThat(run.facts()).filteredOn(QualityAnalysisDue.class::isInstance)
                .containsExactly(new QualityAnalysisDue("Q"));
        assertThat(run.firings()).extracting(f -> f.rule().id()).containsExactly("TGT-040");
    }
}
