package io.spotcheck.targeting;

import static io.spotcheck.targeting.PlanData.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/targeting/priority.drl (defaults: 60% of class D, 20% of class C). */
class PriorityRulesTest {

    @Test
    @DisplayName("TGT-020 at least 60% of eligible class-D firms get a batch: 3 of 5")
    void classDShare() {
        PlanData data = new PlanData().category("X", 3, false).category("Y", 1, false);
        for (int i = 1; i <= 5; i++) {
            data.firm(i, "D", "X", "Y");
        }
        data.firm(99, "A", "Y");

        Plan plan = data.plan(2027, 3, "s");

        long firms = plan.rows().stream().filter(r -> r.reasons().contains(Reason.HIGH_CREDIT_RISK))
                .map(Plan.Row::uscc).distinct().count();
        assertThat(firms).isEqualTo(3);
        assertThat(plan.rows()).allSatisfy(r -> assertThat(r.categoryCode()).isEqualTo("Y"));
        assertThat(plan.summary().priorityCut()).isZero();
    }

    @Test
    @DisplayName("TGT-020 firms short of the share when the budget is spent are cut and counted")
    void shareCutByBudget() {
        PlanData data = new PlanData().category("X", 3, false);
        for (int i = 1; i <= 5; i++) {
            data.firm(i, "D", "X");
        }

        Plan plan = data.plan(2027, 1, "s");

        assertThat(plan.rows()).hasSize(1);
        assertThat(plan.summary().priorityCut()).isEqualTo(2);
    }

    @Test
    @DisplayName("TGT-021 at least 20% of eligible class-C firms get a batch: 1 of 5, 2 of 6")
    void classCShare() {
        assertThat(priorityFirms(classC(5).plan(2027, 5, "s"), Reason.ELEVATED_CREDIT_RISK)).isEqualTo(1);
        assertThat(priorityFirms(classC(6).plan(2027, 6, "s"), Reason.ELEVATED_CREDIT_RISK)).isEqualTo(2);
    }

    @ParameterizedTest(name = "TGT-022 a {0} on {1}: priority = {2}")
    @CsvSource({
            "COMPLAINT, 2026-01-01, true",
            "PENALTY, 2025-12-31, false",
            "RECALL, 2026-12-31, true",
            "COMPLAINT, 2027-01-01, false",
    })
    @DisplayName("TGT-022 a complaint, penalty or recall in the 12 months before the start makes a firm a priority")
    void signalWindow(String kind, String date, boolean priority) {
        var data = new PlanData().category("X", 3, false).firm(1, "A", "X").signal(1, kind, date);

        Plan plan = data.plan(2027, 1, "s");

        var row = row(plan, 1, "X");
        assertThat(row.reasons().contains(Reason.RISK_SIGNAL)).isEqualTo(priority);
        assertThat(row.tier()).isEqualTo(priority ? Tier.PRIORITY : Tier.RANDOM);
    }

    @Test
    @DisplayName("TGT-022 a signalled firm already in the plan counts: its batch carries the reason")
    void signalledFirmAlreadyPlanned() {
        var data = new PlanData().category("X", 3, false).firm(1, "A", "X")
                .check(1, "X", "DISTRICT", "FAIL", "2026-02-01").signal(1, "COMPLAINT", "2026-06-01");

        Plan plan = data.plan(2027, 1, "s");

        assertThat(row(plan, 1, "X").reasons()).containsExactly(Reason.PRIOR_YEAR_FAILURE, Reason.RISK_SIGNAL);
        assertThat(row(plan, 1, "X").tier()).isEqualTo(Tier.MANDATORY);
    }

    @Test
    @DisplayName("TGT-022 a firm gets its highest-risk eligible pair")
    void highestRiskPair() {
        var data = new PlanData().category("L3", 3, false).category("L2", 2, false).firm(1, "A", "L3", "L2")
                .signal(1, "RECALL", "2026-06-01");

        Plan plan = data.plan(2027, 1, "s");

        assertThat(plan.rows()).singleElement().satisfies(r -> assertThat(r.categoryCode()).isEqualTo("L2"));
    }

    private static PlanData classC(int n) {
        PlanData data = new PlanData().category("X", 3, false);
        for (int i = 1; i <= n; i++) {
            data.firm(i, "C", "X");
        }
        return data;
    }

    private static long priorityFirms(Plan plan, Reason reason) {
        return plan.rows().stream().filter(r -> r.reasons().contains(reason) && r.tier() == Tier.PRIORITY).count();
    }
}
