package io.spotcheck.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.casefile.Problem;
import io.spotcheck.casefile.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared cell checks: the value when good, null and one named problem when bad. */
class CellsTest {

    private final List<Problem> problems = new ArrayList<>();

    private Row row(String value) {
        return new Row("results.csv", new Columns(Map.of("c", 2)), i -> value, 3, 7, problems::add);
    }

    @Test
    void usccPassesTheCheckCharacterAndNamesTheCellWhenItFails() {
        assertThat(Cells.uscc(row("91310115MA1K3YJ574"), "c")).isEqualTo("91310115MA1K3YJ574");
        assertThat(Cells.uscc(row("91310115MA1K3YJ575"), "c")).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("results.csv:7:3"));
    }

    @Test
    void codesAreExactConstants() {
        assertThat(Cells.code(row("FAIL"), "c", Result.class)).isEqualTo(Result.FAIL);
        assertThat(Cells.code(row("fail"), "c", Result.class)).isNull();
        assertThat(Cells.optionalCode(row(""), "c", Result.class, "PASS, FAIL or empty")).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("expected one of"));
    }

    @Test
    void datesExistAndAreNotBefore1993() {
        assertThat(Cells.date(row("1993-01-01"), "c")).isEqualTo(LocalDate.of(1993, 1, 1));
        assertThat(Cells.date(row("1992-12-31"), "c")).isNull();
        assertThat(Cells.date(row("2027-02-29"), "c")).isNull();
        assertThat(problems).hasSize(2);
    }

    @Test
    void booleansAreTrueOrFalseAndEmptyMayDefault() {
        assertThat(Cells.bool(row("true"), "c", null)).isTrue();
        assertThat(Cells.bool(row(""), "c", false)).isFalse();
        assertThat(Cells.bool(row(""), "c", null)).isNull();
        assertThat(Cells.bool(row("TRUE"), "c", false)).isNull();
        assertThat(problems).hasSize(2);
    }

    @Test
    void wholeNumbersStayInTheirRange() {
        assertThat(Cells.wholeNumber(row("10"), "c", 1, 10)).isEqualTo(10L);
        assertThat(Cells.wholeNumber(row("11"), "c", 1, 10)).isNull();
        assertThat(Cells.wholeNumber(row("1e3"), "c", 1, 10_000)).isNull();
        assertThat(Cells.wholeNumber(row("1000000000000000000000"), "c", 1, 10)).isNull();
        assertThat(problems).hasSize(3);
    }

    @Test
    void textRefusesControlCharactersUnpairedSurrogatesAndLength() {
        assertThat(Cells.text(row("上海" + "a".repeat(198)), "c", true)).hasSize(200);
        assertThat(Cells.text(row("😀".repeat(200)), "c", true)).isNotNull();
        assertThat(Cells.text(row("a".repeat(201)), "c", true)).isNull();
        assertThat(Cells.text(row("a\u0000b"), "c", true)).isNull();
        assertThat(Cells.text(row("a\u0085b"), "c", true)).isNull();
        assertThat(Cells.text(row("a\uD800b"), "c", true)).isNull();
        assertThat(Cells.text(row(""), "c", true)).isNull();
        assertThat(Cells.text(row(""), "c", false)).isEmpty();
        assertThat(problems).extracting(Problem::message).containsExactly(
                "c: is 201 characters long; at most 200 are allowed",
                "c: contains the control character U+0000 at position 2",
                "c: contains the control character U+0085 at position 2",
                "c: contains an unpaired surrogate at position 2",
                "c: is required");
    }
}
