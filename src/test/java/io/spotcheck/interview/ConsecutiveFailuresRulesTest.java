package io.spotcheck.interview;

import static io.spotcheck.support.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.support.CaseBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** rules/interview/consecutive-failures.drl (asOf 2027-07-25 throughout). */
class ConsecutiveFailuresRulesTest {

    @Test
    @DisplayName("INT-001 failures in 2026 and 2027 are two consecutive years")
    void twoYearsEndingThisYear() {
        var d = fails(2027, "MUNICIPAL", 2026, "NATIONAL").decide();

        assertThat(d.fired()).contains("INT-001", "INT-011");
        assertThat(d.interviews()).containsExactly("MUNICIPAL:mandatory");
    }

    @Test
    @DisplayName("INT-001 failures in 2025 and 2026 still count in 2027: the run ends the year before")
    void twoYearsEndingLastYear() {
        var d = fails(2026, "NATIONAL", 2025, "MUNICIPAL").decide();

        assertThat(d.fired()).contains("INT-001");
    }

    @Test
    @DisplayName("INT-001 a failure in one year only is not two consecutive years")
    void oneYearIsNotEnough() {
        var d = fails(2027, "MUNICIPAL", 2027, "NATIONAL").decide();

        assertThat(d.fired()).doesNotContain("INT-001", "INT-011");
    }

    @Test
    @DisplayName("INT-001 failures in 2024, 2025 and 2027 seen in 2027: the early run ended too early")
    void runEndingTwoYearsAgoDoesNotCount() {
        var d = fails(2027, "MUNICIPAL", 2025, "NATIONAL").check(2024, "MUNICIPAL", "FAIL").decide();

        assertThat(d.fired()).doesNotContain("INT-001");
    }

    @Test
    @DisplayName("INT-001 a gap year breaks the run: 2025 and 2027")
    void gapYearBreaksRun() {
        var d = fails(2027, "MUNICIPAL", 2025, "MUNICIPAL").decide();

        assertThat(d.fired()).doesNotContain("INT-001");
    }

    @Test
    @DisplayName("INT-001 district-level failures do not count")
    void districtFailuresDoNotCount() {
        var d = fails(2027, "MUNICIPAL", 2026, "DISTRICT").decide();

        assertThat(d.fired()).doesNotContain("INT-001");
    }

    @Test
    @DisplayName("INT-001 a passed check in a year does not make it a failure year")
    void passedChecksDoNotCount() {
        var d = aCase().check(2027, "MUNICIPAL", "FAIL").check(2026, "NATIONAL", "PASS").decide();

        assertThat(d.fired()).doesNotContain("INT-001");
    }

    private static CaseBuilder fails(int y1, String l1, int y2, String l2) {
        return aCase().check(y1, l1, "FAIL").check(y2, l2, "FAIL");
    }
}
