package io.spotcheck.decision;

import static io.spotcheck.support.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.support.CaseBuilder;
import io.spotcheck.support.Decided;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The objection re-test (复检, CONTRACT §1 version 2): its result is final, so a passed re-test decides as a passed
 * check in every rule and in the history, and a failed one as the failed check it confirms.
 */
class ObjectionRetestTest {

    /** An unsafe, conformity-claiming 2027 check after a 2026 national failure, as of 2027-07-25. */
    private static CaseBuilder retested(String result) {
        var c = aCase().check(2027, "MUNICIPAL", "FAIL").failedItem("泄漏电流", "GB 4706.1-2005", null)
                .lifecycle("noticeReceived", "2027-07-15");
        if (result != null) {
            c.outcome("retest", "2027-07-20", result);
        }
        return c.check(2026, "NATIONAL", "FAIL").findings("CLAIMS_CONFORMITY").allCircumstances()
                .penalties("HEAVIER_FINE");
    }

    private static List<String> actions(Decided d) {
        return d.decision().actions().stream().map(Decision.Action::code).toList();
    }

    @Test
    void aPassedRetestDecidesAsAPassedCheck() {
        var d = retested("PASS").decide();

        assertThat(d.decision().serious()).isFalse();
        assertThat(d.filing()).isEqualTo("NOT_APPLICABLE");
        assertThat(d.interviews()).isEmpty();
        assertThat(d.listings()).isEmpty();
        assertThat(actions(d)).isEmpty();
        assertThat(d.fired()).doesNotContain("CLS-002", "CLS-010", "CLS-011", "FIL-003", "ACT-001", "ACT-004",
                "ACT-005", "ACT-006", "ACT-009", "ACT-020", "INT-001");
        assertThat(d.decision().timeline()).extracting(Decision.TimelineStep::step)
                .containsExactly("CHECK_FAILED", "NOTICE_RECEIVED", "OBJECTION_WINDOW", "RETEST");
    }

    @Test
    void aFailedRetestDecidesAsTheFailedCheckItConfirms() {
        var confirmed = retested("FAIL").decide();
        var noRetest = retested(null).decide();

        assertThat(confirmed.categories()).containsExactly("SUBSTANDARD_AS_STANDARD", "UNSAFE_STANDARD");
        assertThat(confirmed.filing()).isEqualTo("MUST_FILE");
        assertThat(confirmed.interviews()).containsExactly("DISTRICT:mandatory", "MUNICIPAL:mandatory");
        assertThat(confirmed.listings()).containsExactly("SERIOUS_DISHONESTY/MUNICIPAL");
        assertThat(actions(confirmed)).contains("STOP_SALE", "CREDIT_RECORD").doesNotContain("OBJECTION_WINDOW");
        assertThat(actions(noRetest)).contains("OBJECTION_WINDOW");
        assertThat(confirmed.decision().timeline()).extracting(Decision.TimelineStep::step).contains("RETEST");
    }

    @Test
    void theHistoryCountsAPassedRetestAsPassed() {
        var passedNow = aCase().check(2027, "NATIONAL", "FAIL").lifecycle("noticeReceived", "2027-07-01")
                .outcome("retest", "2027-07-20", "PASS").check(2026, "NATIONAL", "FAIL").decide();
        var failedNow = aCase().check(2027, "NATIONAL", "FAIL").lifecycle("noticeReceived", "2027-07-01")
                .outcome("retest", "2027-07-20", "FAIL").check(2026, "NATIONAL", "FAIL").decide();

        assertThat(passedNow.interviews()).isEmpty();
        assertThat(failedNow.interviews()).containsExactly("MUNICIPAL:mandatory");
    }
}
