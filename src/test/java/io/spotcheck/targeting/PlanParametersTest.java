package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotcheck.engine.RuleBaseException;
import io.spotcheck.engine.RuleSource;
import io.spotcheck.support.TestRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanParametersTest {

    private static PlanParameters read(String csv) {
        return PlanParameters.from(RuleSource.of("t", List.of(new RuleSource.RuleFile("targeting/parameters.csv",
                csv.getBytes(StandardCharsets.UTF_8)))));
    }

    private static String defaults() {
        return TestRules.RULES.source().files().stream().filter(f -> f.path().equals("targeting/parameters.csv"))
                .findFirst().orElseThrow().text();
    }

    @Test
    void theShippedDefaultsAreDomainsDefaults() {
        var p = PlanParameters.from(TestRules.RULES.source());

        assertThat(p.minBatchesLevelOne()).isEqualTo(1);
        assertThat(p.creditRatioD()).isEqualTo(0.6);
        assertThat(p.creditRatioC()).isEqualTo(0.2);
        assertThat(p.creditWeights()).containsValues(1.0, 2.0, 4.0, 8.0);
        assertThat(p.riskWeights()).containsEntry(1, 3.0).containsEntry(2, 2.0).containsEntry(3, 1.0);
        assertThat(p.signalWindowMonths()).isEqualTo(12);
        assertThat(p.noRepeatWindowMonths()).isEqualTo(6);
        assertThat(p.qualityAnalysisFailureRate()).isEqualTo(0.2);
        assertThat(p.qualityAnalysisMinBatches()).isEqualTo(10);
    }

    @Test
    void periodsRunInFivesFrom2021() {
        var p = PlanParameters.from(TestRules.RULES.source());

        assertThat(p.periodStart(2025)).isEqualTo(2021);
        assertThat(p.periodStart(2026)).isEqualTo(2026);
        assertThat(p.periodEnd(2027)).isEqualTo(2030);
        assertThat(p.periodStart(2031)).isEqualTo(2031);
    }

    @Test
    void aMissingParameterIsNamed() {
        String csv = defaults().replaceAll("(?m)^credit_ratio_C,.*\\n", "");

        assertThatThrownBy(() -> read(csv)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("credit_ratio_C is missing");
    }

    @Test
    void anOutOfRangeOrNonNumericValueIsNamed() {
        String csv = defaults().replace("credit_ratio_D,0.60", "credit_ratio_D,1.5")
                .replace("min_batches_level_one,1,", "min_batches_level_one,one,");

        assertThatThrownBy(() -> read(csv)).hasMessageContaining("credit_ratio_D = 1.5 is outside")
                .hasMessageContaining("min_batches_level_one = \"one\" is not a number");
    }

    @Test
    void anUnknownParameterIsNamed() {
        assertThatThrownBy(() -> read(defaults() + "credit_ratio_E,0.1,x,x,x,x\n"))
                .hasMessageContaining("credit_ratio_E is not a known parameter");
    }

    @Test
    void everyParameterSaysWhetherItsFigureIsPublished() {
        var rows = defaults().lines().skip(1).toList();

        assertThat(rows).isNotEmpty().allSatisfy(n -> assertThat(n).containsAnyOf("无公布数值", "由文件得出"));
        assertThat(defaults()).contains("quality_analysis_failure_rate,0.20").containsPattern(
                "(?m)^quality_analysis_failure_rate,.*无公布数值");
    }

    @Test
    void aParameterWithoutItsNoteIsRefused() {
        String csv = defaults().replaceAll("(?m)^(signal_window_months,12,.*),\"无公布数值[^\n]*$", "$1,");

        assertThatThrownBy(() -> read(csv)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("signal_window_months has no note");
    }
}
