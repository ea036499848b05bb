package io.spotcheck.interview;

import static io.spotcheck.support.CaseBuilder.aCase;
import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/interview/interviews.drl */
class InterviewRulesTest {

    @Test
    @DisplayName("INT-010 a Shanghai producer with a serious problem meets the district bureau")
    void seriousProducerMeetsDistrict() {
        var d = aCase().findings("ADULTERATION").decide();

        assertThat(d.fired()).contains("INT-010");
        assertThat(d.interviews()).containsExactly("DISTRICT:mandatory");
    }

    @ParameterizedTest(name = "a {0} with a serious problem has no district interview")
    @ValueSource(strings = {"SELLER", "ONLINE_SELLER"})
    @DisplayName("INT-010 sellers are not interviewed for a serious problem")
    void sellersAreNotInterviewed(String role) {
        var d = aCase().role(role).findings("ADULTERATION").decide();

        assertThat(d.fired()).doesNotContain("INT-010");
        assertThat(d.interviews()).isEmpty();
    }

    @Test
    @DisplayName("INT-010 an out-of-town producer gets no interview")
    void outOfTownProducerIsNotInterviewed() {
        var d = aCase().outOfTown().findings("ADULTERATION").check(2027, "MUNICIPAL", "FAIL")
                .check(2026, "NATIONAL", "FAIL").decide();

        assertThat(d.interviews()).isEmpty();
        assertThat(d.fired()).doesNotContain("INT-010", "INT-011", "INT-012");
    }

    @Test
    @DisplayName("INT-011 a producer failing two consecutive years meets the municipal bureau")
    void consecutiveFailuresMeetMunicipal() {
        var d = aCase().check(2027, "MUNICIPAL", "FAIL").check(2026, "NATIONAL", "FAIL").decide();

        assertThat(d.fired()).contains("INT-011");
        assertThat(d.interviews()).containsExactly("MUNICIPAL:mandatory");
    }

    @Test
    @DisplayName("INT-011 a seller failing two consecutive years has no mandatory interview")
    void consecutiveFailingSellerHasNoMandatoryInterview() {
        var d = aCase().role("SELLER").check(2027, "MUNICIPAL", "FAIL").check(2026, "NATIONAL", "FAIL").decide();

        assertThat(d.fired()).doesNotContain("INT-011");
        assertThat(d.interviews()).isEmpty();
    }

    @ParameterizedTest(name = "an industry-leading {0} that failed may meet the municipal bureau")
    @ValueSource(strings = {"PRODUCER", "SELLER", "ONLINE_SELLER"})
    @DisplayName("INT-012 an industry leader that failed may meet the municipal bureau, any role")
    void leaderMayMeetMunicipal(String role) {
        var d = aFailedProducer().role(role).firm("industryLeader", true).decide();

        assertThat(d.fired()).contains("INT-012");
        assertThat(d.interviews()).containsExactly("MUNICIPAL:discretionary");
    }

    @Test
    @DisplayName("INT-012 an industry leader whose check passed is not interviewed")
    void leaderThatPassedIsNotInterviewed() {
        var d = aCase().check(2027, "MUNICIPAL", "PASS").firm("industryLeader", true).decide();

        assertThat(d.interviews()).isEmpty();
    }

    @Test
    @DisplayName("INT-012 the mandatory municipal interview wins: one entry per level")
    void mandatoryWinsOverDiscretionary() {
        var d = aCase().firm("industryLeader", true).findings("ADULTERATION")
                .check(2027, "MUNICIPAL", "FAIL").check(2026, "NATIONAL", "FAIL").decide();

        assertThat(d.fired()).contains("INT-010", "INT-011").doesNotContain("INT-012");
        assertThat(d.interviews()).containsExactly("DISTRICT:mandatory", "MUNICIPAL:mandatory");
    }

    @Test
    @DisplayName("INT-012 a leading seller failing two years running still gets the discretionary interview")
    void leadingSellerWithConsecutiveFailuresIsDiscretionary() {
        var d = aCase().role("SELLER").firm("industryLeader", true)
                .check(2027, "MUNICIPAL", "FAIL").check(2026, "NATIONAL", "FAIL").decide();

        assertThat(d.fired()).contains("INT-012");
        assertThat(d.interviews()).containsExactly("MUNICIPAL:discretionary");
    }
}
