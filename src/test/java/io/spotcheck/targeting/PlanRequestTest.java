package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanRequestTest {

    private static List<Problem> problems(String year, String budget) {
        try {
            PlanRequest.read(year, budget, "1", null);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the request to be refused");
    }

    @Test
    @DisplayName("a budget too large for a number is out of range, not \"not a whole number\"")
    void aHugeBudgetIsOutOfRange() {
        assertThat(problems("2027", "1000000000000")).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("budget");
            assertThat(p.message()).isEqualTo("\"1000000000000\" is out of range (at most 2147483647)");
        });
        assertThat(PlanRequest.read("2027", "2147483647", "1", null).budget()).isEqualTo(Integer.MAX_VALUE);
        assertThat(problems("2027", "2147483648")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("out of range"));
    }

    @Test
    @DisplayName("text that is no number is still \"not a whole number\", quoted in at most 40 characters")
    void textIsNotAWholeNumber() {
        assertThat(problems("2027", "1e12")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("\"1e12\" is not a whole number"));
        assertThat(problems("x".repeat(5000), "1")).singleElement()
                .satisfies(p -> assertThat(p.message()).hasSizeLessThan(80));
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThatThrownBy(() -> PlanRequest.read("2027", "-1", "1", null)).isInstanceOf(InvalidInputException.class);
    }
}
