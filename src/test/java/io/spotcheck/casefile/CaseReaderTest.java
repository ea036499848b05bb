package io.spotcheck.casefile;

import static io.spotcheck.support.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotcheck.support.CaseBuilder;
import io.spotcheck.support.TestRules;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseReaderTest {

    private static CaseRequest read(String json) {
        return TestRules.READER.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(byte[] json) {
        try {
            TestRules.READER.read(json);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the input to be refused");
    }

    private static List<Problem> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(CaseBuilder c) {
        return problems(c.json());
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void readsAMinimalCaseAndDefaultsAsOfToToday() {
        var r = read("{\"firm\":{\"uscc\":\"91310115MA1K3YJ574\",\"role\":\"SELLER\"}}");

        assertThat(r.asOf()).isEqualTo(LocalDate.of(2027, 7, 25));
        assertThat(r.firm().district()).isNull();
        assertThat(r.spotChecks()).isEmpty();
        assertThat(r.checkUnderDecision()).isNull();
    }

    @Test
    void treatsNullOptionalFieldsAsAbsent() {
        var r = TestRules.READER.read(aCase().check(2027, "MUNICIPAL", "FAIL").lifecycle("recheck", null)
                .set("asOf", null).json());

        assertThat(r.checkUnderDecision().recheck()).isNull();
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2027, 7, 25));
    }

    @Test
    void namesAWrongCheckDigit() {
        var p = problems(aCase().firm("uscc", "91310115MA1K3YJ575"));

        assertThat(fields(p)).containsExactly("firm.uscc");
        assertThat(p.get(0).message()).contains("check character");
    }

    @Test
    void namesUnknownCodesWithThePathOfTheArrayElement() {
        var p = problems(aCase().role("MAKER").findings("ADULTERATION", "SMUGGLING").check(2027, "PROVINCIAL", "FAIL"));

        assertThat(fields(p)).containsExactlyInAnyOrder("firm.role", "findings[1]", "spotChecks[0].level");
        assertThat(p).allSatisfy(x -> assertThat(x.message()).startsWith("unknown code"));
    }

    @Test
    void refusesADistrictOutsideShanghai() {
        assertThat(fields(problems(aCase().firm("district", "海淀区")))).containsExactly("firm.district");
    }

    @Test
    void refusesImpossibleAndMalformedDates() {
        var p = problems(aCase().letter("2027-02-29", false).check(2027, "MUNICIPAL", "FAIL")
                .lifecycle("noticeReceived", "2027/02/01").lifecycle("correctionOrdered", "2027-13-01"));

        assertThat(fields(p)).containsExactlyInAnyOrder("firm.registeredMail[0].sent",
                "spotChecks[0].noticeReceived", "spotChecks[0].correctionOrdered");
    }

    @Test
    void refusesDatesAndYearsAfterAsOfButAcceptsAsOfItself() {
        var p = problems(aCase().letter("2027-07-26", false).check(2028, "MUNICIPAL", "FAIL"));
        var ok = TestRules.READER.read(aCase().letter("2027-07-25", false).check(2027, "MUNICIPAL", "FAIL").json());

        assertThat(fields(p)).containsExactlyInAnyOrder("firm.registeredMail[0].sent", "spotChecks[0].year");
        assertThat(ok.firm().registeredMail()).hasSize(1);
    }

    @Test
    void refusesDatesBefore1993() {
        assertThat(fields(problems(aCase().asOf("1992-12-31")))).containsExactly("asOf");
        assertThat(fields(problems(aCase().check(1992, "NATIONAL", "PASS")))).containsExactly("spotChecks[0].year");
        assertThat(read("{\"asOf\":\"1993-01-01\",\"firm\":{\"uscc\":\"91310115MA1K3YJ574\",\"role\":\"SELLER\"}}")
                .asOf()).isEqualTo(LocalDate.of(1993, 1, 1));
    }

    @Test
    void namesWrongTypes() {
        var p = problems("{\"asOf\":20270725,\"firm\":{\"uscc\":\"91310115MA1K3YJ574\",\"role\":\"SELLER\","
                + "\"industryLeader\":\"yes\"},\"spotChecks\":{},\"findings\":\"ADULTERATION\","
                + "\"noIntentProven\":1}");

        assertThat(fields(p)).containsExactlyInAnyOrder("asOf", "firm.industryLeader", "spotChecks", "findings",
                "noIntentProven");
    }

    @Test
    void namesMissingRequiredFields() {
        var p = problems("{\"firm\":{\"name\":\"x\"},\"spotChecks\":[{\"failedItems\":[{}]}]}");

        assertThat(fields(p)).containsExactlyInAnyOrder("firm.uscc", "firm.role", "spotChecks[0].year",
                "spotChecks[0].level", "spotChecks[0].result", "spotChecks[0].failedItems[0].item",
                "spotChecks[0].failedItems[0].standard");
    }

    @Test
    void refusesAFractionalYear() {
        assertThat(fields(problems("{\"firm\":{\"uscc\":\"91310115MA1K3YJ574\",\"role\":\"SELLER\"},"
                + "\"spotChecks\":[{\"year\":2026.5,\"level\":\"NATIONAL\",\"result\":\"PASS\"}]}")))
                .containsExactly("spotChecks[0].year");
    }

    @Test
    void namesUnknownFieldsAtEveryLevel() {
        var p = problems(aCase().set("firmName", "x").firm("phone", "123").check(2027, "MUNICIPAL", "FAIL")
                .lifecycle("recheck", Map.of("date", "2027-01-01", "result", "FAIL", "lab", "x")));

        assertThat(fields(p)).contains("firmName", "firm.phone", "spotChecks[0].recheck.lab");
    }

    @Test
    void namesDuplicateKeysWithTheirPath() {
        var p = problems("{\"firm\":{\"uscc\":\"91310115MA1K3YJ574\",\"role\":\"SELLER\",\"role\":\"PRODUCER\"}}");

        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("firm.role");
            assertThat(x.message()).contains("duplicate");
        });
    }

    @Test
    void refusesMalformedJsonWithLineAndColumn() {
        var p = problems("{\n  \"firm\": {\"uscc\": }\n}");

        assertThat(p).singleElement().satisfies(x -> assertThat(x.field()).isEqualTo("line 2, column 20"));
    }

    @Test
    void refusesAbsurdNesting() {
        String deep = "[".repeat(100) + "]".repeat(100);

        assertThat(problems("{\"firm\":" + deep + "}")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("nesting"));
    }

    @Test
    void refusesNestingDeeperThanTheContractsShape() {
        assertThat(fields(problems(aCase().findings().set("findings", List.of(List.of("ADULTERATION"))))))
                .containsExactly("findings[0]");
    }

    @Test
    void refusesAnEmptyBodyAndANonObject() {
        assertThat(problems("")).singleElement().satisfies(x -> assertThat(x.message()).contains("empty"));
        assertThat(fields(problems("[1,2]"))).containsExactly("$");
        assertThat(problems("{} {}")).singleElement().satisfies(x -> assertThat(x.message()).contains("after the end"));
    }

    @Test
    void refusesALifecycleOnAPassedCheck() {
        var p = problems(aCase().check(2027, "MUNICIPAL", "PASS").lifecycle("correctionOrdered", "2027-02-10")
                .failedItem("x", "GB 4706.1-2005", true));

        assertThat(fields(p)).containsExactlyInAnyOrder("spotChecks[0].correctionOrdered", "spotChecks[0].failedItems");
    }

    @Test
    void refusesStepsWithoutTheStepTheyFollow() {
        var p = problems(aCase().check(2027, "MUNICIPAL", "FAIL").announced("2027-05-10", "MUNICIPAL")
                .outcome("suspensionRecheck", "2027-07-01", "PASS"));

        assertThat(fields(p)).containsExactlyInAnyOrder("spotChecks[0].correctionOrdered",
                "spotChecks[0].suspensionRecheck");
    }

    @Test
    void refusesStepsOutOfOrder() {
        var p = problems(aCase().check(2027, "MUNICIPAL", "FAIL").lifecycle("correctionOrdered", "2027-03-01")
                .outcome("recheck", "2027-02-20", "FAIL").announced("2027-02-10", "MUNICIPAL"));

        assertThat(fields(p)).containsExactlyInAnyOrder("spotChecks[0].recheck", "spotChecks[0].announced");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var p = problems(aCase().firm("uscc", "X").role("BOSS").asOf("2027-02-30").findings("NOPE"));

        assertThat(p).hasSize(4);
    }

    @Test
    void invalidInputExceptionListsProblems() {
        assertThatThrownBy(() -> read("{}")).isInstanceOf(InvalidInputException.class).hasMessageContaining("firm");
    }

    private static CaseBuilder failed() {
        return aCase().check(2027, "MUNICIPAL", "FAIL");
    }

    @Test
    void acceptsAnAnnouncementWithoutARecheck() {
        var r = read(new String(failed().lifecycle("correctionOrdered", "2027-02-10")
                .announced("2027-05-10", "MUNICIPAL").json(), StandardCharsets.UTF_8));

        assertThat(r.checkUnderDecision().announced().date()).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(r.checkUnderDecision().recheck()).isNull();
    }

    @Test
    void refusesAnAnnouncementBeforeTheOrderWhenThereIsNoRecheck() {
        var before = problems(failed().lifecycle("correctionOrdered", "2027-02-10").announced("2027-02-09", "MUNICIPAL"));
        var sameDay = failed().lifecycle("correctionOrdered", "2027-02-10").announced("2027-02-10", "MUNICIPAL");

        assertThat(fields(before)).containsExactly("spotChecks[0].announced");
        assertThat(TestRules.READER.read(sameDay.json()).checkUnderDecision().announced()).isNotNull();
    }

    @Test
    void refusesAnAnnouncementAfterAPassedRecheck() {
        var p = problems(failed().lifecycle("correctionOrdered", "2027-02-10").outcome("recheck", "2027-04-20", "PASS")
                .announced("2027-05-10", "MUNICIPAL"));

        assertThat(fields(p)).containsExactly("spotChecks[0].announced");
    }

    @Test
    void refusesACorrectionOrderedBeforeTheNoticeWasReceived() {
        var before = problems(failed().lifecycle("noticeReceived", "2027-02-10").lifecycle("correctionOrdered",
                "2027-02-09"));
        var sameDay = failed().lifecycle("noticeReceived", "2027-02-10").lifecycle("correctionOrdered", "2027-02-10");

        assertThat(fields(before)).containsExactly("spotChecks[0].correctionOrdered");
        assertThat(TestRules.READER.read(sameDay.json()).checkUnderDecision().correctionOrdered()).isNotNull();
    }

    @Test
    void lifecycleDatesAreNotBoundByTheChecksYear() {
        var r = TestRules.READER.read(aCase().check(2025, "MUNICIPAL", "FAIL")
                .lifecycle("noticeReceived", "2024-12-01").lifecycle("correctionOrdered", "2024-12-20").json());

        assertThat(r.checkUnderDecision().correctionOrdered()).isEqualTo(LocalDate.of(2024, 12, 20));
    }

    @Test
    void readsARetestOnTheCheckUnderDecision() {
        var r = TestRules.READER.read(failed().lifecycle("noticeReceived", "2027-02-01")
                .outcome("retest", "2027-02-01", "PASS").json());

        assertThat(r.checkUnderDecision().retest().result()).isEqualTo(Result.PASS);
        assertThat(CaseRequest.finalResult(r.checkUnderDecision())).isEqualTo(Result.PASS);
        assertThat(r.checkUnderDecision().result()).isEqualTo(Result.FAIL);
    }

    @Test
    void refusesARetestWithoutOrBeforeTheNotice() {
        var without = problems(failed().outcome("retest", "2027-03-01", "FAIL"));
        var before = problems(failed().lifecycle("noticeReceived", "2027-02-01").outcome("retest", "2027-01-31", "FAIL"));
        var after = problems(failed().lifecycle("noticeReceived", "2027-02-01").outcome("retest", "2027-07-26", "FAIL"));

        assertThat(fields(without)).containsExactly("spotChecks[0].noticeReceived");
        assertThat(fields(before)).containsExactly("spotChecks[0].retest");
        assertThat(fields(after)).containsExactly("spotChecks[0].retest.date");
    }

    @Test
    void refusesARetestOnAHistoryEntry() {
        var p = problems("{\"firm\":{\"uscc\":\"91310115MA1K3YJ574\",\"role\":\"SELLER\"},\"spotChecks\":["
                + "{\"year\":2027,\"level\":\"MUNICIPAL\",\"result\":\"PASS\"},"
                + "{\"year\":2026,\"level\":\"NATIONAL\",\"result\":\"FAIL\",\"noticeReceived\":\"2026-05-01\","
                + "\"retest\":{\"date\":\"2026-05-10\",\"result\":\"PASS\"}}]}");

        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("spotChecks[1].retest");
            assertThat(x.message()).contains("check under decision");
        });
    }

    @Test
    void refusesEveryStepAfterAPassedRetest() {
        var p = problems(failed().lifecycle("noticeReceived", "2027-02-01").outcome("retest", "2027-02-10", "PASS")
                .lifecycle("correctionOrdered", "2027-02-20").outcome("recheck", "2027-04-20", "FAIL"));
        var afterFailed = failed().lifecycle("noticeReceived", "2027-02-01").outcome("retest", "2027-02-10", "FAIL")
                .lifecycle("correctionOrdered", "2027-02-20");

        assertThat(fields(p)).containsExactlyInAnyOrder("spotChecks[0].correctionOrdered", "spotChecks[0].recheck");
        assertThat(TestRules.READER.read(afterFailed.json()).checkUnderDecision().correctionOrdered()).isNotNull();
    }

    @Test
    void refusesARetestOnAPassedCheck() {
        var p = problems(aCase().check(2027, "MUNICIPAL", "PASS").outcome("retest", "2027-02-10", "PASS"));

        assertThat(fields(p)).containsExactly("spotChecks[0].retest");
    }

    @Test
    void readsAnItemWithoutAStandardWhenSafetyCriticalIsGiven() {
        var r = TestRules.READER.read(failed().failedItem("泄漏电流", null, true).json());
        var p = problems(failed().failedItem("泄漏电流", null, null));

        assertThat(r.checkUnderDecision().failedItems().get(0).standard()).isNull();
        assertThat(fields(p)).containsExactly("spotChecks[0].failedItems[0].standard");
    }

    @Test
    void keepsAStandardCodeAsTypedAndNamesTheAcceptedFamiliesWhenRefusing() {
        var r = TestRules.READER.read(failed().failedItem("甲醛", "ＧＢ 18401-2010", null).json());
        var p = problems(failed().failedItem("甲醛", "国标 18401", null));

        assertThat(r.checkUnderDecision().failedItems().get(0).standard().code()).isEqualTo("ＧＢ 18401-2010");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("spotChecks[0].failedItems[0].standard");
            assertThat(x.message()).contains("国标 18401", "GB/T", "DB31/", "T/", "Q/", "JJF", "ISO");
        });
    }
}
