package io.spotcheck.filing;

import static io.spotcheck.support.CaseBuilder.aCase;
import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/filing/outcome.drl */
class FilingOutcomeRulesTest {

    @Test
    @DisplayName("FIL-010 a serious case must be filed")
    void seriousCaseMustBeFiled() {
        var d = aFailedProducer().failedItem("泄漏电流", "GB 4706.1-2005", null).decide();

        assertThat(d.filing()).isEqualTo("MUST_FILE");
        assertThat(d.fired()).contains("FIL-010").doesNotContain("FIL-011", "FIL-012", "FIL-013");
    }

    @ParameterizedTest(name = "minor ground {0} never excuses a serious problem")
    @ValueSource(strings = {"MINOR_CORRECTED_NO_HARM", "FIRST_OFFENCE_SLIGHT_HARM", "NO_FAULT"})
    @DisplayName("FIL-010 minor grounds never excuse a serious problem")
    void minorGroundsDoNotExcuseSeriousProblem(String ground) {
        var d = aFailedProducer().failedItem("泄漏电流", "GB 4706.1-2005", true).minor(ground).decide();

        assertThat(d.filing()).isEqualTo("MUST_FILE");
        assertThat(d.fired()).doesNotContain("FIL-011");
    }

    @ParameterizedTest(name = "minor ground {0} on a lead needs approval not to file")
    @ValueSource(strings = {"MINOR_CORRECTED_NO_HARM", "FIRST_OFFENCE_SLIGHT_HARM", "NO_FAULT"})
    @DisplayName("FIL-011 a non-serious lead with a minor ground needs an approval form not to be filed")
    void minorGroundOnLeadNeedsApproval(String ground) {
        var d = aFailedProducer().minor(ground).decide();

        assertThat(d.filing()).isEqualTo("NO_FILING_NEEDS_APPROVAL");
        assertThat(d.fired()).contains("FIL-011").doesNotContain("FIL-010", "FIL-012", "FIL-013");
    }

    @Test
    @DisplayName("FIL-012 a non-serious lead without a minor ground is assessed by the officer")
    void leadWithoutMinorGroundIsAssessed() {
        var d = aFailedProducer().decide();

        assertThat(d.filing()).isEqualTo("OFFICER_ASSESSES");
        assertThat(d.fired()).contains("FIL-012").doesNotContain("FIL-010", "FIL-011", "FIL-013");
    }

    @Test
    @DisplayName("FIL-013 a passed check with no findings is not applicable, minor grounds or not")
    void nothingToFile() {
        var d = aCase().check(2027, "MUNICIPAL", "PASS").minor("NO_FAULT").decide();

        assertThat(d.filing()).isEqualTo("NOT_APPLICABLE");
        assertThat(d.fired()).contains("FIL-013").doesNotContain("FIL-010", "FIL-011", "FIL-012");
    }

    @Test
    @DisplayName("FIL-013 a case with no checks and no findings is not applicable")
    void emptyCaseIsNotApplicable() {
        var d = aCase().decide();

        assertThat(d.filing()).isEqualTo("NOT_APPLICABLE");
        assertThat(d.fired()).containsExactly("FIL-013");
    }
}
