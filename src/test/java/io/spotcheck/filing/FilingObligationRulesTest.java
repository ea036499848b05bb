package io.spotcheck.filing;

import static io.spotcheck.support.CaseBuilder.aCase;
import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** rules/filing/obligations.drl */
class FilingObligationRulesTest {

    @Test
    @DisplayName("FIL-001 a serious problem creates a filing obligation")
    void seriousProblemMustBeFiled() {
        var d = aCase().findings("COUNTERFEIT").decide();

        assertThat(d.fired()).contains("FIL-001", "FIL-010");
        assertThat(d.filing()).isEqualTo("MUST_FILE");
    }

    @Test
    @DisplayName("FIL-002 a failed second re-check creates a filing obligation even without a serious problem")
    void failedSecondRecheckMustBeFiled() {
        var d = secondRecheck("FAIL").decide();

        assertThat(d.decision().serious()).isFalse();
        assertThat(d.fired()).contains("FIL-002").doesNotContain("FIL-001");
        assertThat(d.filing()).isEqualTo("MUST_FILE");
    }

    @Test
    @DisplayName("FIL-002 a passed second re-check creates no obligation")
    void passedSecondRecheckIsNoObligation() {
        var d = secondRecheck("PASS").decide();

        assertThat(d.fired()).doesNotContain("FIL-002");
        assertThat(d.filing()).isEqualTo("OFFICER_ASSESSES");
    }

    @Test
    @DisplayName("FIL-003 a failed check under decision is a lead")
    void failedCheckIsLead() {
        var d = aFailedProducer().decide();

        assertThat(d.fired()).contains("FIL-003");
        assertThat(d.filing()).isEqualTo("OFFICER_ASSESSES");
    }

    @Test
    @DisplayName("FIL-003 a failure only in the history is not a lead")
    void historyFailureIsNoLead() {
        var d = aCase().check(2027, "DISTRICT", "PASS").check(2026, "DISTRICT", "FAIL").decide();

        assertThat(d.fired()).doesNotContain("FIL-003");
        assertThat(d.filing()).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    @DisplayName("FIL-004 any finding other than a conformity claim is a lead")
    void findingIsLead() {
        var d = aCase().check(2027, "DISTRICT", "PASS").findings("EXPIRED_OR_DETERIORATED").decide();

        assertThat(d.fired()).contains("FIL-004");
    }

    @Test
    @DisplayName("FIL-004 a conformity claim alone is no lead")
    void claimAloneIsNoLead() {
        var d = aCase().check(2027, "DISTRICT", "PASS").findings("CLAIMS_CONFORMITY").decide();

        assertThat(d.fired()).doesNotContain("FIL-004");
        assertThat(d.filing()).isEqualTo("NOT_APPLICABLE");
    }

    private static io.spotcheck.support.CaseBuilder secondRecheck(String result) {
        return aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").announced("2027-05-10", "DISTRICT")
                .outcome("secondRecheck", "2027-07-20", result);
    }

    @Test
    @DisplayName("FIL-005 unlicensed production must be filed, even with a minor ground")
    void unlicensedProductionMustBeFiled() {
        var d = aCase().findings("UNLICENSED_PRODUCTION").minor("FIRST_OFFENCE_SLIGHT_HARM").decide();

        assertThat(d.fired()).contains("FIL-005", "FIL-010");
        assertThat(d.filing()).isEqualTo("MUST_FILE");
        assertThat(d.categories()).isEmpty();
    }

    @Test
    @DisplayName("FIL-005 an uncertified CCC product with a minor ground is a lead that needs no-filing approval")
    void otherNonSeriousFindingIsOnlyALead() {
        var d = aCase().findings("UNCERTIFIED_CCC_PRODUCT").minor("FIRST_OFFENCE_SLIGHT_HARM").decide();

        assertThat(d.fired()).doesNotContain("FIL-005");
        assertThat(d.filing()).isEqualTo("NO_FILING_NEEDS_APPROVAL");
    }
}
