package io.spotcheck.listing;

import static io.spotcheck.support.CaseBuilder.aCase;
import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.support.CaseBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** rules/listing/serious-dishonesty.drl */
class SeriousDishonestyRulesTest {

    @Test
    @DisplayName("LST-020 an Art 7 act with all circumstances and a heavier penalty is listed")
    void allConditionsList() {
        var d = listable().decide();

        assertThat(d.fired()).contains("LST-020");
        assertThat(d.listings()).containsExactly("SERIOUS_DISHONESTY/MUNICIPAL");
    }

    @Test
    @DisplayName("LST-020 condition 1 missing: no Art 7 act, no listing")
    void withoutAct() {
        var d = aFailedProducer().allCircumstances().penalties("HEAVIER_FINE").decide();

        assertThat(d.listings()).isEmpty();
        assertThat(d.fired()).doesNotContain("LST-020");
    }

    @Test
    @DisplayName("LST-020 condition 2 missing: one circumstance short, no listing")
    void withoutAllCircumstances() {
        var d = listable().circumstances("BAD_NATURE", "SERIOUS_CIRCUMSTANCES").decide();

        assertThat(d.listings()).isEmpty();
    }

    @Test
    @DisplayName("LST-020 condition 3 missing: only an ordinary fine, no listing")
    void withoutHeavierPenalty() {
        var d = listable().penalties("ORDINARY_FINE", "WARNING").decide();

        assertThat(d.listings()).isEmpty();
    }

    @Test
    @DisplayName("LST-020 the Art 7(三) path: announced, failed again, no serious category needed")
    void art7SanPath() {
        var d = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").announced("2027-05-10", "MUNICIPAL")
                .outcome("secondRecheck", "2027-07-20", "FAIL").allCircumstances().penalties("PRODUCTION_SUSPENDED")
                .decide();

        assertThat(d.decision().serious()).isFalse();
        assertThat(d.listings()).containsExactly("SERIOUS_DISHONESTY/MUNICIPAL");
    }

    @Test
    @DisplayName("LST-021 a firm that proves no intent is not listed")
    void noIntentException() {
        var d = listable().set("noIntentProven", true).decide();

        assertThat(d.fired()).contains("LST-021").doesNotContain("LST-020", "LST-022");
        assertThat(d.listings()).isEmpty();
    }

    @Test
    @DisplayName("LST-021 the exception is not mentioned when the conditions are not met")
    void noIntentWithoutConditions() {
        var d = aCase().set("noIntentProven", true).decide();

        assertThat(d.fired()).doesNotContain("LST-021");
    }

    @Test
    @DisplayName("LST-022 a listing of a Shanghai firm needs the municipal bureau's approval")
    void districtListingNeedsApproval() {
        var d = listable().decide();

        assertThat(d.fired()).contains("LST-022");
        assertThat(d.decision().listings().get(0).approvalBy()).hasToString("MUNICIPAL");
    }

    @Test
    @DisplayName("LST-022 an out-of-town firm's listing carries no approval")
    void outOfTownListingHasNoApproval() {
        var d = listable().outOfTown().decide();

        assertThat(d.fired()).contains("LST-020").doesNotContain("LST-022");
        assertThat(d.listings()).containsExactly("SERIOUS_DISHONESTY");
    }

    @Test
    @DisplayName("LST-020 a seller is listed like a producer")
    void sellerIsListed() {
        assertThat(listable().role("SELLER").decide().listings()).containsExactly("SERIOUS_DISHONESTY/MUNICIPAL");
    }

    private static CaseBuilder listable() {
        return aCase().findings("ADULTERATION").allCircumstances().penalties("HEAVIER_FINE");
    }
}
