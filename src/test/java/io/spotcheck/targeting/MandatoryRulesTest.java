package io.spotcheck.targeting;

import static io.spotcheck.targeting.PlanData.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** rules/targeting/mandatory.drl */
class MandatoryRulesTest {

    @Test
    @DisplayName("TGT-010 a failure in the previous year puts the pair on the tracking list")
    void failureLastYearIsTracked() {
        var data = new PlanData().category("X", 3, false).firm(1, "A", "X").firm(2, "A", "X")
                .check(1, "X", "DISTRICT", "FAIL", "2026-12-31");

        Plan plan = data.plan(2027, 1, "s");

        assertThat(plan.rows()).singleElement().satisfies(r -> {
            assertThat(r.uscc()).isEqualTo(PlanData.uscc(1));
            assertThat(r.tier()).isEqualTo(Tier.MANDATORY);
            assertThat(r.reasons()).containsExactly(Reason.PRIOR_YEAR_FAILURE);
        });
    }

    @Test
    @DisplayName("TGT-010 a failure two years back does not")
    void failureTwoYearsBackIsNotTracked() {
        var data = new PlanData().category("X", 3, false).firm(1, "A", "X")
                .check(1, "X", "MUNICIPAL", "FAIL", "2025-12-31");

        Plan plan = data.plan(2027, 0, "s");

        assertThat(plan.rows()).isEmpty();
        assertThat(plan.summary().rulesFired()).doesNotContainKey("TGT-010");
    }

    @Test
    @DisplayName("TGT-010 when tracking alone exceeds the budget the plan is refused, naming the batches needed")
    void mandatoryOverBudgetIsRefused() {
        var data = new PlanData().category("X", 3, false).firm(1, "A", "X").firm(2, "A", "X")
                .check(1, "X", "MUNICIPAL", "FAIL", "2026-03-01").check(2, "X", "MUNICIPAL", "FAIL", "2026-03-01");

        assertThatThrownBy(() -> data.plan(2027, 1, "s")).isInstanceOf(Planner.CannotPlan.class)
                .hasMessageContaining("needs 2 batches");
    }

    @Test
    @DisplayName("TGT-011 each level-one category gets a batch, topped up by credit risk: D before C before A")
    void levelOneTopUpInRiskOrder() {
        var data = new PlanData().category("L1", 1, false).firm(1, "A", "L1").firm(2, "D", "L1").firm(3, "C", "L1");

        Plan plan = data.plan(2027, 1, "s");

        assertThat(plan.rows()).singleElement().satisfies(r -> {
            assertThat(r.uscc()).isEqualTo(PlanData.uscc(2));
            assertThat(r.tier()).isEqualTo(Tier.MANDATORY);
            assertThat(r.reasons()).containsExactly(Reason.HIGH_CREDIT_RISK, Reason.LEVEL_ONE_COVERAGE);
        });
        assertThat(plan.summary().levelOne()).isEqualTo(new PlanSummary.LevelOne(1, 1));
    }

    @Test
    @DisplayName("TGT-011 a tracking batch in a level-one category counts toward its coverage")
    void trackingCountsForLevelOne() {
        var data = new PlanData().category("L1", 1, false).firm(1, "A", "L1").firm(2, "D", "L1")
                .check(1, "L1", "DISTRICT", "FAIL", "2026-05-01");

        Plan plan = data.plan(2027, 1, "s");

        assertThat(plan.rows()).singleElement().satisfies(r -> assertThat(r.reasons())
                .containsExactly(Reason.LEVEL_ONE_COVERAGE, Reason.PRIOR_YEAR_FAILURE));
    }

    @Test
    @DisplayName("TGT-012 in the last year of the period every uncovered key category must be covered")
    void lastYearOfPeriodCoversAll() {
        var data = keyCategories(4);

        Plan plan = data.plan(2030, 4, "s");

        assertThat(plan.summary().keyCatalogue()).isEqualTo(new PlanSummary.KeyCatalogue("2026-2030", 0, 4, 4, 4));
        assertThat(plan.rows()).allSatisfy(r -> assertThat(r.reasons()).contains(Reason.KEY_CATALOGUE_COVERAGE));
    }

    @Test
    @DisplayName("TGT-012 earlier in the period the uncovered are spread: 4 uncovered, 4 years left → 1 this year")
    void earlierYearsSpreadTheRest() {
        var plan = keyCategories(4).plan(2027, 4, "s");

        assertThat(plan.summary().keyCatalogue().requiredThisYear()).isEqualTo(1);
        assertThat(plan.rows().stream().filter(r -> r.reasons().contains(Reason.KEY_CATALOGUE_COVERAGE))).hasSize(1);
    }

    @Test
    @DisplayName("TGT-012 a check at any level since the period began covers a category; one before it does not")
    void checksSincePeriodStartCover() {
        var data = keyCategories(2).check(1, "K1", "DISTRICT", "PASS", "2026-01-01")
                .check(2, "K2", "DISTRICT", "PASS", "2025-12-31");

        Plan plan = data.plan(2030, 2, "s");

        assertThat(plan.summary().keyCatalogue().coveredBefore()).isEqualTo(1);
        assertThat(plan.summary().keyCatalogue().requiredThisYear()).isEqualTo(1);
        assertThat(row(plan, 2, "K2").reasons()).contains(Reason.KEY_CATALOGUE_COVERAGE);
    }

    private static PlanData keyCategories(int n) {
        PlanData d = new PlanData();
        for (int i = 1; i <= n; i++) {
            d.category("K" + i, 3, true).firm(i, "A", "K" + i).firm(100 + i, "A", "K" + i);
        }
        return d;
    }
}
