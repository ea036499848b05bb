package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.support.TestRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/targeting/weights.drl, with the default weights of parameters.csv. */
class WeightsRulesTest {

    private final ProfileClassifier classifier = new ProfileClassifier(TestRules.RULES,
            PlanParameters.from(TestRules.RULES.source()));

    private static PairProfile profile(CreditRisk credit, int level) {
        return new PairProfile(true, false, false, false, false, level, false, false, credit, false, false, false);
    }

    @ParameterizedTest(name = "TGT-030 credit {0}, risk level {1}: weight {2}")
    @CsvSource({"A, 3, 1", "B, 2, 4", "C, 1, 12", "D, 1, 24", ", 3, 2", ", 1, 6"})
    @DisplayName("TGT-030 the draw weight is the credit weight times the risk weight")
    void weightIsProduct(CreditRisk credit, int level, double weight) {
        var pairClass = classifier.classify(profile(credit, level));

        assertThat(pairClass.weight()).isEqualTo(weight);
        assertThat(pairClass.fired()).contains("TGT-030");
    }
}
