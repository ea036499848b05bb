package io.spotcheck.classification;

import static io.spotcheck.support.CaseBuilder.aCase;
import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/classification/serious-problems.drl */
class SeriousProblemRulesTest {

    @Test
    @DisplayName("CLS-010 a health and safety failure makes the case UNSAFE_STANDARD")
    void healthSafetyFailureIsUnsafeStandard() {
        var d = aFailedProducer().failedItem("泄漏电流", "GB 4706.1-2005", true).decide();

        assertThat(d.fired()).contains("CLS-010");
        assertThat(d.categories()).containsExactly("UNSAFE_STANDARD");
        assertThat(d.decision().serious()).isTrue();
    }

    @Test
    @DisplayName("CLS-010 a failed check without a health and safety item is not serious by itself")
    void failedCheckWithoutSafetyItemIsNotSerious() {
        var d = aFailedProducer().failedItem("标识", "GB/T 5296.2-2008", null).decide();

        assertThat(d.fired()).doesNotContain("CLS-010");
        assertThat(d.categories()).isEmpty();
        assertThat(d.decision().serious()).isFalse();
    }

    @ParameterizedTest(name = "{1} finding {0} is a serious problem")
    @CsvSource({
            "ADULTERATION, CLS-012",
            "COUNTERFEIT, CLS-012",
            "INFERIOR_AS_SUPERIOR, CLS-012",
            "SUBSTANDARD_AS_STANDARD, CLS-012",
            "ELIMINATED_PRODUCT, CLS-013",
            "EXPIRED_OR_DETERIORATED, CLS-014",
            "FORGED_ORIGIN, CLS-015",
            "FORGED_FACTORY_IDENTITY, CLS-015",
            "FORGED_QUALITY_MARK, CLS-015",
            "FORGED_DATES, CLS-016",
    })
    @DisplayName("CLS-012 CLS-013 CLS-014 CLS-015 CLS-016 each finding names its category, with no check at all")
    void eachFindingNamesItsCategory(String finding, String ruleId) {
        var d = aCase().findings(finding).decide();

        assertThat(d.categories()).containsExactly(finding);
        assertThat(d.fired()).contains(ruleId);
    }

    @Test
    @DisplayName("CLS-012 categories come out sorted and once each")
    void categoriesAreSortedAndDistinct() {
        var d = aFailedProducer().failedItem("a", "GB 4706.1-2005", true).failedItem("b", "GB 4706.1-2005", true)
                .findings("FORGED_ORIGIN", "ADULTERATION").decide();

        assertThat(d.categories()).containsExactly("ADULTERATION", "FORGED_ORIGIN", "UNSAFE_STANDARD");
    }

    @Test
    @DisplayName("CLS-017 a forged or borrowed certification mark is a forged quality mark")
    void forgedCertificationMarkIsAForgedQualityMark() {
        var d = aCase().findings("FORGED_CERTIFICATION_MARK").decide();

        assertThat(d.categories()).containsExactly("FORGED_QUALITY_MARK");
        assertThat(d.fired()).contains("CLS-017").doesNotContain("CLS-015");
    }

    @ParameterizedTest(name = "{0} names no serious category")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"UNCERTIFIED_CCC_PRODUCT", "UNLICENSED_PRODUCTION"})
    @DisplayName("CLS-017 an uncertified CCC product or unlicensed production is no serious category")
    void uncertifiedAndUnlicensedNameNoCategory(String finding) {
        var d = aCase().findings(finding).decide();

        assertThat(d.categories()).isEmpty();
        assertThat(d.fired()).doesNotContain("CLS-017", "CLS-015");
    }
}
