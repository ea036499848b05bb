package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of reader problem gets its own translated message; anything else a general one. */
class ProblemTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "is required | problem.required",
            "\"2027-02-30\" is not a date that exists (expected YYYY-MM-DD) | problem.date",
            "\"X\" is not a valid unified social credit code: check character | problem.uscc",
            "unknown code \"FOO\" | problem.code",
            "2028-01-01 is after asOf (2027-07-25) | problem.afterAsOf",
            "1990 is before 1993 | problem.tooEarly",
            "2027-01-01 is before noticeReceived (2027-02-01) | problem.order",
            "an announcement follows a failed recheck (Order 18 Art 47); there is none | problem.sequence",
            "must be a whole number, got a string | problem.number",
            "\"国标 1\" is not a recognisable standard code; accepted: GB, GB/T | problem.standard",
            "only the check under decision (spotChecks[0]) has an objection re-test; give a history entry its final result | problem.retestHistory",
            "the objection re-test passed and its result is final (Order 18 第三十七条至第四十三条): the check did not fail | problem.retestFinal",
            "the recheck passed; only a failed recheck, or none, is announced | problem.recheckPassed",
            "is required when a retest is given (the objection runs from the notice) | problem.required",
            "the file is missing | problem.fileMissing",
            "missing required column \"risk_level\" (header: category_code,name) | problem.missingColumn",
            "\"FZ-01\" is not in catalogue.csv | problem.notInCatalogue",
            "\"C0421\" is listed twice (first on line 3) | problem.listedTwice",
            "\"4\" must be 1, 2 or 3 | problem.riskLevel",
            "is required: upload the files or choose the samples | problem.filesRequired",
            "\"x\" is not a whole number | problem.number",
            "文件不是 UTF-8 或 GB18030 编码，请另存为 CSV UTF-8 (the file is not UTF-8 or GB18030 text; save it as CSV UTF-8) | problem.encoding",
            "something new | problem.other"})
    void kinds(String message, String key) {
        assertThat(ProblemText.key(message)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void aReadingQuotesWhatWasTypedAndNamesTheUsccCheckCharacters() {
        var uscc = ProblemText.read("\"91310115MA1K3YJ575\" is not a valid unified social credit code: check character "
                + "is '5' but GB 32100-2015 gives '4'");
        var date = ProblemText.read("\"2027-02-30\" is not a date that exists (expected YYYY-MM-DD)");
        var required = ProblemText.read("is required");

        assertThat(uscc.key()).isEqualTo("problem.usccCheck");
        assertThat(uscc.args()).containsExactly("5", "4");
        assertThat(uscc.typed()).isEqualTo("91310115MA1K3YJ575");
        assertThat(date.key()).isEqualTo("problem.date");
        assertThat(date.typed()).isEqualTo("2027-02-30");
        assertThat(required.typed()).isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "firm.uscc | case.firm.uscc | ",
            "asOf | case.asOf | ",
            "firm | case.section.firm | ",
            "firm.registeredMail[1].sent | case.letter.sent | 2",
            "spotChecks[0].categoryCode | case.check.category | ",
            "spotChecks[0].failedItems[0].standard | case.item.standard | 1",
            "spotChecks[0].failedItems[2].safetyCritical | case.item.safety | 3",
            "spotChecks[0].recheck.result | case.recheck.result | ",
            "spotChecks[0].announced.by | case.announced.by | ",
            "spotChecks[2].year | case.history.year | 2",
            "spotChecks[3] | case.section.history | ",
            "findings[1] | case.findings | ",
            "minorCircumstances | case.minor | "})
    void fieldsAreNamedByTheirLabels(String path, String key, Integer number) {
        assertThat(FieldLabel.of(path)).isEqualTo(new FieldLabel(key, number));
    }

    @org.junit.jupiter.api.Test
    void aPathNoFieldCarriesHasNoLabel() {
        assertThat(FieldLabel.of("firm.unknown")).isNull();
        assertThat(FieldLabel.of("$")).isNull();
    }

    @org.junit.jupiter.api.Test
    void aPlanFilesRowProblemIsPlacedWithItsColumn() {
        assertThat(ProblemText.placed("firms.csv:2:3", "district: \"闵行\" is not one of Shanghai's 16 districts"))
                .containsExactly("firms.csv:2:3 district", "\"闵行\" is not one of Shanghai's 16 districts");
        assertThat(ProblemText.placed("year", "\"20x7\" is not a whole number"))
                .containsExactly("year", "\"20x7\" is not a whole number");
    }

    @org.junit.jupiter.api.Test
    void theRegistersRefusalsHaveKindsOfTheirOwn() {
        assertThat(ProblemText.key("\"\" is not a date that exists (expected YYYY-MM-DD)")).isEqualTo("problem.required");
        assertThat(ProblemText.key("\"2026/13/01\" is not a date that exists (expected YYYY-MM-DD)"))
                .isEqualTo("problem.date");
        // tried before the general kinds: not a mere order of dates
        assertThat(ProblemText.key("2026-09-01 is before the case was opened (2026-09-21)"))
                .isEqualTo("problem.beforeOpened");
        assertThat(ProblemText.key("2026-09-01 is before correctionOrdered (2026-09-10)")).isEqualTo("problem.order");
        assertThat(ProblemText.key("2026-12-05 is after today (2026-11-30)")).isEqualTo("problem.afterToday");
        assertThat(ProblemText.key("the case already has a live NOTICE_RECEIVED; retract it first to record another"))
                .isEqualTo("problem.liveAlready");
    }
}
