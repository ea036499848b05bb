package io.spotcheck.decision;

import static io.spotcheck.support.CaseBuilder.aCase;
import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.decision.Decision.StepStatus;
import io.spotcheck.decision.Decision.TimelineStep;
import io.spotcheck.support.CaseBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case timeline: every step so far and to come, with its status as of asOf. */
class TimelineTest {

    private static List<String> steps(CaseBuilder c) {
        return c.decide().decision().timeline().stream()
                .map(s -> s.step() + ":" + s.status() + (s.due() == null ? "" : "@" + s.due())).toList();
    }

    @Test
    void aPassedCheckHasNoTimeline() {
        assertThat(aCase().check(2027, "MUNICIPAL", "PASS").decide().decision().timeline()).isEmpty();
    }

    @Test
    void earlyInTheCaseTheObjectionWindowAndCorrectionAreOpen() {
        var c = aFailedProducer().asOf("2027-02-12").lifecycle("noticeReceived", "2027-02-01")
                .lifecycle("correctionOrdered", "2027-02-10");

        assertThat(steps(c)).containsExactly("CHECK_FAILED:DONE", "NOTICE_RECEIVED:DONE",
                "OBJECTION_WINDOW:OPEN@2027-02-16", "CORRECTION_ORDERED:DONE", "CORRECT_BY:OPEN@2027-04-12",
                "FIRST_RECHECK:OPEN@2027-04-26");
    }

    @Test
    void aMissedRecheckIsOverdueTheDayAfterItsDueDate() {
        var onDue = aFailedProducer().asOf("2027-04-26").lifecycle("correctionOrdered", "2027-02-10");
        var after = aFailedProducer().asOf("2027-04-27").lifecycle("correctionOrdered", "2027-02-10");

        assertThat(steps(onDue)).contains("FIRST_RECHECK:OPEN@2027-04-26");
        assertThat(steps(after)).contains("FIRST_RECHECK:OVERDUE@2027-04-26", "CORRECT_BY:OVERDUE@2027-04-12");
    }

    @Test
    void theSecondRecheckIsUpcomingBeforeItsWindowOpens() {
        var c = aFailedProducer().asOf("2027-07-08").lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").announced("2027-05-10", "MUNICIPAL");
        var opened = aFailedProducer().asOf("2027-07-09").lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").announced("2027-05-10", "MUNICIPAL");

        assertThat(steps(c)).contains("FIRST_RECHECK:DONE@2027-04-26", "ANNOUNCE:DONE",
                "SECOND_RECHECK:UPCOMING@2027-08-09");
        assertThat(steps(opened)).contains("SECOND_RECHECK:OPEN@2027-08-09");
    }

    @Test
    void aPassedRecheckSaysProductionMayResume() {
        var c = aFailedProducer().asOf("2027-05-01").lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "PASS");

        TimelineStep recheck = c.decide().decision().timeline().stream()
                .filter(s -> s.step().equals("FIRST_RECHECK")).findFirst().orElseThrow();
        assertThat(recheck.status()).isEqualTo(StepStatus.DONE);
        assertThat(recheck.result()).isEqualTo("PASS");
        assertThat(recheck.note()).contains("Art 49");
    }

    @Test
    void theTextViewListsStepsAndOpenActions() {
        var d = aFailedProducer().asOf("2027-02-12").lifecycle("noticeReceived", "2027-02-01").decide().decision();

        String text = Timeline.text(d);

        assertThat(text).contains("timeline as of 2027-02-12").contains("OPEN      2027-02-01 → due 2027-02-16")
                .contains("Open actions: STOP_SALE").contains("OBJECTION_WINDOW due 2027-02-16");
    }
}
