package io.spotcheck.handling;

import static io.spotcheck.handling.DeadlineRulesTest.action;
import static io.spotcheck.handling.ImmediateRulesTest.codes;
import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.support.CaseBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** rules/handling/open-steps.drl: which lifecycle steps are open as of asOf. */
class OpenStepRulesTest {

    private static CaseBuilder noticed(String asOf) {
        return aFailedProducer().asOf(asOf).lifecycle("noticeReceived", "2027-02-01");
    }

    @Test
    @DisplayName("ACT-020 the objection window is open on its due date and closed the day after")
    void objectionWindowBoundary() {
        // 2027-02-01 + 15 = 2027-02-16, a Tuesday
        var onDue = noticed("2027-02-16").decide();
        var dayAfter = noticed("2027-02-17").decide();

        assertThat(action(onDue, "OBJECTION_WINDOW").due()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(onDue.fired()).contains("ACT-020");
        assertThat(codes(dayAfter)).doesNotContain("OBJECTION_WINDOW");
        assertThat(dayAfter.fired()).contains("ACT-010").doesNotContain("ACT-020");
    }

    @Test
    @DisplayName("ACT-020 a due date moved off a weekend keeps the window open until the moved date")
    void movedDueKeepsWindowOpen() {
        // 2027-02-05 + 15 = 2027-02-20, a Saturday → due Monday 2027-02-22
        var d = aFailedProducer().asOf("2027-02-22").lifecycle("noticeReceived", "2027-02-05").decide();

        assertThat(action(d, "OBJECTION_WINDOW").due()).isEqualTo(LocalDate.of(2027, 2, 22));
    }

    @Test
    @DisplayName("ACT-021 ACT-022 correction and first re-check are open until a re-check is made, overdue or not")
    void correctionOpenUntilRecheck() {
        var open = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10").decide();
        var rechecked = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").decide();

        assertThat(codes(open)).contains("CORRECT_BY", "FIRST_RECHECK");
        assertThat(open.fired()).contains("ACT-021", "ACT-022");
        assertThat(codes(rechecked)).doesNotContain("CORRECT_BY", "FIRST_RECHECK");
    }

    @Test
    @DisplayName("ACT-023 a failed re-check is to be announced until it is")
    void announce() {
        var due = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").decide();
        var done = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").announced("2027-05-10", "MUNICIPAL").decide();
        var passed = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "PASS").decide();

        assertThat(codes(due)).contains("ANNOUNCE");
        assertThat(due.fired()).contains("ACT-023");
        assertThat(codes(done)).doesNotContain("ANNOUNCE").contains("SECOND_RECHECK");
        assertThat(codes(passed)).doesNotContain("ANNOUNCE");
    }

    @Test
    @DisplayName("ACT-024 the second re-check is open from the announcement until it is made")
    void secondRecheckOpenUntilMade() {
        var before = announced("2027-05-20").decide();
        var made = announced("2027-07-25").outcome("secondRecheck", "2027-07-20", "PASS").decide();

        // announced 2027-05-10: from + 60 = 2027-07-09; due + 90 = 2027-08-08, a Sunday → 2027-08-09
        assertThat(action(before, "SECOND_RECHECK")).isEqualTo(new io.spotcheck.decision.Decision.Action(
                "SECOND_RECHECK", LocalDate.of(2027, 7, 9), LocalDate.of(2027, 8, 9)));
        assertThat(codes(made)).doesNotContain("SECOND_RECHECK");
    }

    @Test
    @DisplayName("ACT-025 failing the second re-check orders suspension until the suspension re-check")
    void suspension() {
        var suspend = announced("2027-07-25").outcome("secondRecheck", "2027-07-20", "FAIL").decide();

        assertThat(codes(suspend)).contains("SUSPEND_FOR_RECTIFICATION").doesNotContain("REVOKE_LICENCE");
        assertThat(suspend.fired()).contains("ACT-025");
    }

    @Test
    @DisplayName("ACT-026 failing the suspension re-check revokes the licence")
    void revoke() {
        var revoke = announced("2027-09-25").outcome("secondRecheck", "2027-07-20", "FAIL")
                .outcome("suspensionRecheck", "2027-09-20", "FAIL").decide();

        assertThat(codes(revoke)).contains("REVOKE_LICENCE", "STOP_SALE").doesNotContain("SUSPEND_FOR_RECTIFICATION");
        assertThat(revoke.fired()).contains("ACT-026");
    }

    private static CaseBuilder announced(String asOf) {
        return aFailedProducer().asOf(asOf).lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").announced("2027-05-10", "MUNICIPAL");
    }

    @Test
    @DisplayName("ACT-020 once an objection re-test exists the window is closed, even before its due date")
    void objectionWindowClosesWithARetest() {
        var retested = noticed("2027-02-10").outcome("retest", "2027-02-08", "FAIL").decide();
        var open = noticed("2027-02-10").decide();

        assertThat(codes(retested)).doesNotContain("OBJECTION_WINDOW");
        assertThat(retested.fired()).contains("ACT-010").doesNotContain("ACT-020");
        assertThat(codes(open)).contains("OBJECTION_WINDOW");
    }

    @Test
    @DisplayName("ACT-021 ACT-022 announced without a re-check: correction and first re-check close, the second opens")
    void announcedWithoutARecheck() {
        var announced = aFailedProducer().asOf("2027-07-25").lifecycle("correctionOrdered", "2027-02-10")
                .announced("2027-05-10", "MUNICIPAL").decide();
        var notYet = aFailedProducer().asOf("2027-03-01").lifecycle("correctionOrdered", "2027-02-10").decide();

        assertThat(codes(announced)).doesNotContain("CORRECT_BY", "FIRST_RECHECK", "ANNOUNCE")
                .contains("SECOND_RECHECK");
        assertThat(announced.fired()).contains("ACT-011", "ACT-012", "ACT-013", "ACT-024")
                .doesNotContain("ACT-021", "ACT-022", "ACT-023");
        assertThat(codes(notYet)).contains("CORRECT_BY", "FIRST_RECHECK");
    }
}
