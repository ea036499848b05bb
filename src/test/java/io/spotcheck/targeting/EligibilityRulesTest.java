package io.spotcheck.targeting;

import static io.spotcheck.targeting.PlanData.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/targeting/eligibility.drl (plan start 2027-01-01, so six months before is 2026-07-01). */
class EligibilityRulesTest {

    private static PlanData twoFirms() {
        return new PlanData().category("X", 2, false).firm(1, "A", "X").firm(2, "A", "X");
    }

    @Test
    @DisplayName("TGT-001 an unreachable firm's pairs are excluded, counted, and never selected, even when tracked")
    void unreachableFirmIsExcluded() {
        var data = new PlanData().category("X", 2, false).unreachableFirm(1, "D", "X").firm(2, "A", "X")
                .check(1, "X", "MUNICIPAL", "FAIL", "2026-03-01");

        Plan plan = data.plan(2027, 10, "s");

        assertThat(row(plan, 1, "X")).isNull();
        assertThat(plan.summary().excluded()).containsEntry(Exclusion.UNREACHABLE, 1);
        assertThat(plan.summary().rulesFired()).containsEntry("TGT-001", 1);
    }

    @ParameterizedTest(name = "TGT-002 a {0} check on {1}: excluded = {2}")
    @CsvSource({
            "MUNICIPAL, 2026-07-02, true",
            "MUNICIPAL, 2026-07-01, false",
            "NATIONAL, 2026-12-31, true",
            "NATIONAL, 2026-06-30, false",
            "DISTRICT, 2026-12-31, false",
    })
    @DisplayName("TGT-002 a national or municipal check after the start minus six months bars the pair")
    void sixMonthRule(String level, String date, boolean excluded) {
        var data = twoFirms().check(1, "X", level, "PASS", date);

        Plan plan = data.plan(2027, 10, "s");

        assertThat(row(plan, 1, "X") == null).isEqualTo(excluded);
        assertThat(plan.summary().excluded().get(Exclusion.SIX_MONTH_RULE)).isEqualTo(excluded ? 1 : 0);
    }

    @Test
    @DisplayName("TGT-002 the window follows --start: a check on 2026-09-01 bars a plan starting 2027-02-28, not 2027-03-01")
    void windowFollowsStart() {
        var data = twoFirms().check(1, "X", "MUNICIPAL", "PASS", "2026-09-01");

        assertThat(row(data.plan(2027, 10, "s", java.time.LocalDate.of(2027, 2, 28)), 1, "X")).isNull();
        assertThat(row(data.plan(2027, 10, "s", java.time.LocalDate.of(2027, 3, 1)), 1, "X")).isNotNull();
    }

    @Test
    @DisplayName("TGT-002 a tracking pair is exempt from the six-month rule")
    void trackingIsExempt() {
        var data = twoFirms().check(1, "X", "MUNICIPAL", "FAIL", "2026-11-20");

        Plan plan = data.plan(2027, 10, "s");

        assertThat(row(plan, 1, "X").reasons()).contains(Reason.PRIOR_YEAR_FAILURE);
        assertThat(plan.summary().excluded()).containsEntry(Exclusion.SIX_MONTH_RULE, 0);
    }
}
