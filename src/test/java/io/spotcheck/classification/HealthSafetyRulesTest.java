package io.spotcheck.classification;

import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/classification/health-safety.drl */
class HealthSafetyRulesTest {

    @Test
    @DisplayName("CLS-001 a failed item marked safety-critical is a health and safety failure, whatever its standard")
    void markedItemCountsEvenUnderRecommendedStandard() {
        var d = aFailedProducer().failedItem("标识", "GB/T 5296.2-2008", true).decide();

        assertThat(d.fired()).contains("CLS-001", "CLS-010").doesNotContain("CLS-002");
        assertThat(d.categories()).containsExactly("UNSAFE_STANDARD");
    }

    @Test
    @DisplayName("CLS-001 an item explicitly marked not safety-critical does not count, even under a mandatory standard")
    void explicitFalseWinsOverMandatoryStandard() {
        var d = aFailedProducer().failedItem("使用说明", "GB 4706.1-2005", false).decide();

        assertThat(d.fired()).doesNotContain("CLS-001", "CLS-002", "CLS-010");
        assertThat(d.decision().serious()).isFalse();
    }

    @ParameterizedTest(name = "CLS-002 unmarked item under {0}: health/safety failure = {1}")
    @CsvSource({
            "GB 4706.1-2005, true",
            "GB 18401-2010, true",
            "GB 6675.2-2014, true",
            "GB/T 1234-2010, false",
            "GB/Z 26337.1-2010, false",
            "QB 2172-2021, true",
            "QB/T 1234-2020, false",
            "FZ/T 81004-2012, false",
            "DB31 1234-2020, true",
            "DB31/T 1234-2020, false",
            "Q/31XXXX 001-2020, false",
            "ＧＢ 18401-2010, true",
            "gb/t1234-2010, false",
            "GBZ 2.1-2019, true",
            "GBZ/T 229.1-2010, false",
            "DB31/ 1234-2020, true",
            "DB44 1234-2020, true",
            "T/CAS 115-2005, false",
            "JJF 1070-2005, false",
            "ISO 8124-1:2018, false",
            "EN 71-1:2014, false",
    })
    @DisplayName("CLS-002 an unmarked item counts only under a mandatory standard code")
    void unmarkedItemCountsOnlyUnderMandatoryCode(String standard, boolean unsafe) {
        var d = aFailedProducer().failedItem("泄漏电流", standard, null).decide();

        assertThat(d.fired().contains("CLS-002")).isEqualTo(unsafe);
        assertThat(d.categories().contains("UNSAFE_STANDARD")).isEqualTo(unsafe);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("CLS-001 CLS-002 an item without a standard counts when marked safety-critical, and only then")
    void itemWithoutAStandard() {
        var marked = aFailedProducer().failedItem("泄漏电流", null, true).decide();
        var notMarked = aFailedProducer().failedItem("泄漏电流", null, false).decide();

        assertThat(marked.fired()).contains("CLS-001").doesNotContain("CLS-002", "LST-015");
        assertThat(marked.categories()).containsExactly("UNSAFE_STANDARD");
        assertThat(notMarked.fired()).doesNotContain("CLS-001", "CLS-002");
        assertThat(notMarked.decision().serious()).isFalse();
    }
}
