package io.spotcheck.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotcheck.support.TestRules;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CONTRACT §1 version 2: {@code spotChecks[0]} may be null — no check under decision, the others are history. */
class NoCheckUnderDecisionTest {

    private static final String FIRM = "\"firm\":{\"uscc\":\"91310115MA1K3YJ574\",\"district\":\"浦东新区\","
            + "\"role\":\"PRODUCER\"}";

    private static CaseRequest read(String spotChecks) {
        return TestRules.READER.read(("{\"asOf\":\"2026-06-30\"," + FIRM + ",\"spotChecks\":" + spotChecks + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("[null, history…]: no check under decision, and the history still counts (two years failed: municipal interview)")
    void nullFirstKeepsTheHistory() {
        CaseRequest r = read("[null,{\"year\":2026,\"level\":\"MUNICIPAL\",\"result\":\"FAIL\"},"
                + "{\"year\":2025,\"level\":\"NATIONAL\",\"result\":\"FAIL\"}]");

        assertThat(r.checkUnderDecision()).isNull();
        assertThat(r.spotChecks()).hasSize(3);
        var d = TestRules.DECIDER.decide(r);
        assertThat(d.interviews()).extracting(i -> i.level() + ":" + i.mandatory()).containsExactly("MUNICIPAL:true");
        assertThat(d.actions()).isEmpty();
    }

    @Test
    @DisplayName("[] and [null] mean the same; a null anywhere but first is bad input")
    void emptyAndNullAlone() {
        assertThat(read("[null]").spotChecks()).isEmpty();
        assertThat(read("[]").spotChecks()).isEmpty();
        assertThatThrownBy(() -> read("[{\"year\":2026,\"level\":\"MUNICIPAL\",\"result\":\"PASS\"},null]"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("spotChecks[1]");
    }
}
