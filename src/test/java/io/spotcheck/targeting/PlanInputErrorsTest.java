package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad CSV input names file, line and column, and no plan is made. */
class PlanInputErrorsTest {

    private static List<Problem> problems(PlanData data) {
        try {
            data.plan(2027, 10, "s");
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the input to be refused");
    }

    private static PlanData base() {
        return new PlanData().category("X", 2, true);
    }

    @Test
    void namesABadCheckDigitWithLineAndColumn() {
        var p = problems(base().firm(1, "A", "X").firmRow("91310115MA00000020,坏,浦东新区,PRODUCER,A,X,false,true"));

        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("firms.csv:3:1");
            assertThat(x.message()).startsWith("uscc:").contains("check character");
        });
    }

    @Test
    void namesUnknownCodesAndCategoriesNotInTheCatalogue() {
        var p = problems(base().firmRow(PlanData.uscc(1) + ",甲,浦东新区,MAKER,E,X;Z,false,true"));

        assertThat(p).extracting(Problem::field).containsExactly("firms.csv:2:4", "firms.csv:2:5", "firms.csv:2:6");
    }

    @Test
    void categoryCodesAreSplitAtSemicolonsAndAListOfNoneIsRefused() {
        var ok = base().category("Y", 1, false).firmRow(PlanData.uscc(1) + ",甲,浦东新区,PRODUCER,A, X ; Y;;,false,true")
                .firm(2, "A", "X").firm(3, "A", "Y").plan(2027, 3, "s");
        assertThat(ok.rows()).hasSize(3);

        var none = problems(base().firmRow(PlanData.uscc(1) + ",甲,浦东新区,PRODUCER,A,;;,false,true"));
        assertThat(none).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("firms.csv:2:6");
            assertThat(x.message()).isEqualTo("category_codes: is required (at least one category)");
        });
        var empty = problems(base().firmRow(PlanData.uscc(1) + ",甲,浦东新区,PRODUCER,A,X;;Y,false,true"));
        assertThat(empty).singleElement().satisfies(x -> assertThat(x.message()).contains("\"\" is not in catalogue"));
    }

    @Test
    void namesADuplicateFirmWithTheFirstLine() {
        var p = problems(base().firm(1, "A", "X").firm(1, "B", "X"));

        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("firms.csv:3:1");
            assertThat(x.message()).contains("duplicate firm (first on line 2)");
        });
    }

    @Test
    void namesAMissingRequiredColumn() {
        var p = problems(base().file("history.csv", "uscc,category_code,level,result\n"));

        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("history.csv:1:0");
            assertThat(x.message()).contains("checked_on");
        });
    }

    @Test
    void namesBadHistoryCells() {
        var p = problems(base().firm(1, "A", "X").check(1, "X", "PROVINCIAL", "FAIL", "2026-02-30")
                .check(1, "Y", "MUNICIPAL", "PASS", "2026-01-01"));

        assertThat(p).extracting(Problem::field).containsExactly("history.csv:2:3", "history.csv:2:5",
                "history.csv:3:2");
    }

    @Test
    void columnsMayComeInAnyOrderAndUnknownOnesAreIgnored() {
        var data = new PlanData().file("catalogue.csv", "note,key_catalogue,risk_level,name,category_code\n"
                + "x,false,2,品类,X\n").firm(1, "A", "X");

        assertThat(data.plan(2027, 1, "s").rows()).hasSize(1);
    }

    @Test
    void aMissingFileIsNamed() {
        var p = problems(base().without("firms.csv"));

        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("firms.csv:0:0");
            assertThat(x.message()).contains("missing");
        });
    }

    @Test
    void signalsAndInspectorsMayBeAbsent() {
        var plan = base().firm(1, "A", "X").plan(2027, 1, "s");

        assertThat(plan.rows()).singleElement().satisfies(r -> assertThat(r.inspectors()).isEmpty());
    }

    @Test
    void malformedCsvIsNamed() {
        var p = problems(base().firmRow(PlanData.uscc(1) + ",\"unterminated,浦东新区,PRODUCER,A,X,false,true"));

        assertThat(p).singleElement().satisfies(x -> assertThat(x.message()).contains("unreadable CSV"));
    }

    @Test
    void oneInspectorIsNotEnough() {
        var p = problems(base().firm(1, "A", "X").inspectors(1));

        assertThat(p).singleElement().satisfies(x -> assertThat(x.message()).contains("two inspectors"));
    }
}
