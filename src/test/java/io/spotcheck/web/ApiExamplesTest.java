package io.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.casefile.StandardCode;
import io.spotcheck.support.Decided;
import io.spotcheck.support.TestRules;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The OpenAPI examples are requests the service accepts, deciding as their names say. */
class ApiExamplesTest {

    private static Decided decide(String json) {
        return new Decided(TestRules.DECIDER.decide(TestRules.READER.read(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theContractExampleDecides() {
        assertThat(decide(ApiExamples.CASE).filing()).isEqualTo("MUST_FILE");
    }

    @Test
    void theVersionTwoExampleDecidesAsItsNameSays() {
        var d = decide(ApiExamples.CASE_V2);

        assertThat(d.filing()).isEqualTo("MUST_FILE");
        assertThat(d.categories()).containsExactly("FORGED_QUALITY_MARK");
        assertThat(d.fired()).contains("FIL-005", "CLS-017").doesNotContain("CLS-001", "FIL-003");
    }

    @Test
    void theProblemExampleQuotesTheReadersMessage() {
        assertThat(ApiExamples.PROBLEM).contains(StandardCode.ACCEPTED.substring(0, 30));
    }
}
