package io.spotcheck.classification;

import static io.spotcheck.support.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** rules/classification/conformity-claim.drl */
class ConformityClaimRulesTest {

    @Test
    @DisplayName("CLS-011 a failed product that claimed conformity is substandard passed off as standard")
    void failedCheckWithClaimIsSubstandardAsStandard() {
        var d = aCase().check(2027, "DISTRICT", "FAIL").findings("CLAIMS_CONFORMITY").decide();

        assertThat(d.fired()).contains("CLS-011");
        assertThat(d.categories()).containsExactly("SUBSTANDARD_AS_STANDARD");
    }

    @Test
    @DisplayName("CLS-011 a claim of conformity on a product that passed is nothing")
    void claimWithPassedCheckIsNothing() {
        var d = aCase().check(2027, "DISTRICT", "PASS").findings("CLAIMS_CONFORMITY").decide();

        assertThat(d.fired()).doesNotContain("CLS-011");
        assertThat(d.categories()).isEmpty();
    }

    @Test
    @DisplayName("CLS-011 only the check under decision counts, not a failed check in the history")
    void historyFailureDoesNotMakeClaimSerious() {
        var d = aCase().check(2027, "DISTRICT", "PASS").check(2026, "MUNICIPAL", "FAIL")
                .findings("CLAIMS_CONFORMITY").decide();

        assertThat(d.categories()).isEmpty();
    }

    @Test
    @DisplayName("CLS-011 a claim with no spot check at all is nothing")
    void claimWithoutCheckIsNothing() {
        var d = aCase().findings("CLAIMS_CONFORMITY").decide();

        assertThat(d.categories()).isEmpty();
        assertThat(d.filing()).isEqualTo("NOT_APPLICABLE");
    }
}
