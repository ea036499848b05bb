package io.spotcheck.listing;

import static io.spotcheck.support.CaseBuilder.aCase;
import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/listing/dishonesty-conditions.drl */
class DishonestyConditionsRulesTest {

    @ParameterizedTest(name = "LST-010 {0} is an Order 44 Art 7 act")
    @ValueSource(strings = {"ADULTERATION", "COUNTERFEIT", "INFERIOR_AS_SUPERIOR", "SUBSTANDARD_AS_STANDARD",
            "ELIMINATED_PRODUCT"})
    @DisplayName("LST-010 the Art 7 categories are acts that can lead to listing")
    void art7Categories(String finding) {
        var d = aCase().findings(finding).decide();

        assertThat(d.fired()).contains("LST-010");
    }

    @ParameterizedTest(name = "LST-015 unsafe under {0}: listable act = {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "GB 4706.1-2005, true",
            "QB 2172-2021, false",
            "DB31 1234-2020, false",
    })
    @DisplayName("LST-015 only a health/safety failure under a national standard is an Art 7 act (seed 三(四))")
    void unsafeUnderNationalStandardOnly(String standard, boolean act) {
        var d = aFailedProducer().failedItem("泄漏电流", standard, null).allCircumstances().penalties("HEAVIER_FINE")
                .decide();

        assertThat(d.categories()).containsExactly("UNSAFE_STANDARD");
        assertThat(d.fired().contains("LST-015")).isEqualTo(act);
        assertThat(d.listings().contains("SERIOUS_DISHONESTY/MUNICIPAL")).isEqualTo(act);
    }

    @Test
    @DisplayName("LST-015 a marked safety-critical item under a recommended national standard (GB/T) counts")
    void markedItemUnderGbTCounts() {
        var d = aFailedProducer().failedItem("标识", "GB/T 5296.2-2008", true).decide();

        assertThat(d.fired()).contains("LST-015");
    }

    @ParameterizedTest(name = "{0} is serious but not an Art 7 act")
    @ValueSource(strings = {"EXPIRED_OR_DETERIORATED", "FORGED_ORIGIN", "FORGED_FACTORY_IDENTITY", "FORGED_DATES",
            "FORGED_QUALITY_MARK"})
    @DisplayName("LST-010 expired goods and forgeries are not Art 7 product-quality acts")
    void forgeriesAreNotAct(String finding) {
        var d = aCase().findings(finding).allCircumstances().penalties("HEAVIER_FINE").decide();

        assertThat(d.decision().serious()).isTrue();
        assertThat(d.fired()).doesNotContain("LST-010", "LST-014", "LST-015", "LST-020");
        assertThat(d.listings()).isEmpty();
    }

    @Test
    @DisplayName("LST-011 failing the re-check after a municipal announcement is an Art 7(三) act")
    void announcedRecheckFailed() {
        var d = announced("MUNICIPAL", "FAIL").decide();

        assertThat(d.fired()).contains("LST-011");
    }

    @Test
    @DisplayName("LST-011 a national announcement counts too")
    void nationalAnnouncementCounts() {
        assertThat(announced("NATIONAL", "FAIL").decide().fired()).contains("LST-011");
    }

    @Test
    @DisplayName("LST-011 a district announcement is below provincial level and does not count")
    void districtAnnouncementDoesNotCount() {
        assertThat(announced("DISTRICT", "FAIL").decide().fired()).doesNotContain("LST-011");
    }

    @Test
    @DisplayName("LST-011 passing the second re-check is no act")
    void passedSecondRecheckIsNoAct() {
        assertThat(announced("MUNICIPAL", "PASS").decide().fired()).doesNotContain("LST-011");
    }

    @ParameterizedTest(name = "{0} is a heavier penalty")
    @ValueSource(strings = {"HEAVIER_FINE", "LICENCE_REVOKED", "LICENCE_DOWNGRADED", "BUSINESS_RESTRICTED",
            "PRODUCTION_SUSPENDED", "CLOSURE_ORDERED"})
    @DisplayName("LST-012 the heavier penalties of Order 44 Art 2")
    void heavierPenalties(String penalty) {
        assertThat(aCase().penalties(penalty).decide().fired()).contains("LST-012");
    }

    @ParameterizedTest(name = "{0} is not a heavier penalty")
    @ValueSource(strings = {"ORDINARY_FINE", "WARNING"})
    @DisplayName("LST-012 an ordinary fine or a warning is not heavier")
    void ordinaryPenalties(String penalty) {
        assertThat(aCase().penalties(penalty).decide().fired()).doesNotContain("LST-012");
    }

    @Test
    @DisplayName("LST-013 all three circumstances together")
    void allThreeCircumstances() {
        assertThat(aCase().allCircumstances().decide().fired()).contains("LST-013");
    }

    @ParameterizedTest(name = "without {0} the circumstances are not all met")
    @ValueSource(strings = {"BAD_NATURE", "SERIOUS_CIRCUMSTANCES", "GREAT_SOCIAL_HARM"})
    @DisplayName("LST-013 two of three circumstances are not enough")
    void twoCircumstancesAreNotEnough(String missing) {
        var all = new java.util.ArrayList<>(java.util.List.of("BAD_NATURE", "SERIOUS_CIRCUMSTANCES", "GREAT_SOCIAL_HARM"));
        all.remove(missing);

        var d = aCase().circumstances(all.toArray(String[]::new)).decide();

        assertThat(d.fired()).doesNotContain("LST-013");
    }

    @Test
    @DisplayName("LST-014 an act, the circumstances and a heavier penalty meet the conditions")
    void conditionsMet() {
        var d = aCase().findings("COUNTERFEIT").allCircumstances().penalties("CLOSURE_ORDERED").decide();

        assertThat(d.fired()).contains("LST-014");
    }

    private static io.spotcheck.support.CaseBuilder announced(String by, String secondResult) {
        return aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").announced("2027-05-10", by)
                .outcome("secondRecheck", "2027-07-20", secondResult);
    }

    @ParameterizedTest(name = "LST-016 {0} is an Order 44 Art 7(五) act and can be listed")
    @ValueSource(strings = {"FORGED_CERTIFICATION_MARK", "UNCERTIFIED_CCC_PRODUCT"})
    @DisplayName("LST-016 a forged certification mark or an uncertified CCC product is an Art 7(五) act")
    void certificationActsAreListable(String finding) {
        var d = aCase().findings(finding).allCircumstances().penalties("HEAVIER_FINE").decide();

        assertThat(d.fired()).contains("LST-016", "LST-014", "LST-020");
        assertThat(d.listings()).containsExactly("SERIOUS_DISHONESTY/MUNICIPAL");
    }

    @Test
    @DisplayName("LST-016 a forged quality mark that is not a certification mark, or unlicensed production, is no act")
    void otherMarksAndUnlicensedAreNoAct() {
        var mark = aCase().findings("FORGED_QUALITY_MARK").allCircumstances().penalties("HEAVIER_FINE").decide();
        var unlicensed = aCase().findings("UNLICENSED_PRODUCTION").allCircumstances().penalties("HEAVIER_FINE")
                .decide();

        assertThat(mark.fired()).doesNotContain("LST-016", "LST-014");
        assertThat(unlicensed.fired()).doesNotContain("LST-016", "LST-014");
        assertThat(mark.listings()).isEmpty();
        assertThat(unlicensed.listings()).isEmpty();
    }

    @Test
    @DisplayName("LST-016 the act alone, without the circumstances and a heavier penalty, does not list")
    void certificationActAloneDoesNotList() {
        var d = aCase().findings("UNCERTIFIED_CCC_PRODUCT").penalties("HEAVIER_FINE").decide();

        assertThat(d.fired()).contains("LST-016").doesNotContain("LST-014");
        assertThat(d.listings()).isEmpty();
    }
}
