package io.spotcheck.handling;

import static io.spotcheck.support.CaseBuilder.aCase;
import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.decision.Decision;
import io.spotcheck.support.Decided;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** rules/handling/immediate.drl */
class ImmediateRulesTest {

    static List<String> codes(Decided d) {
        return d.decision().actions().stream().map(Decision.Action::code).toList();
    }

    @Test
    @DisplayName("ACT-001 ACT-002 ACT-003 a failed check stops sale and recalls until a re-check passes")
    void stopSaleUntilARecheckPasses() {
        var open = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").decide();
        var resolved = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "PASS").decide();

        assertThat(open.fired()).contains("ACT-001", "ACT-002", "ACT-003");
        assertThat(codes(open)).contains("STOP_SALE", "REMOVE_AND_RECALL");
        assertThat(resolved.fired()).doesNotContain("ACT-001", "ACT-002", "ACT-003");
        assertThat(codes(resolved)).doesNotContain("STOP_SALE", "REMOVE_AND_RECALL");
    }

    @Test
    @DisplayName("ACT-001 a passed second or suspension re-check also ends the stop")
    void laterPassedRechecksEndTheStop() {
        var second = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").announced("2027-05-10", "MUNICIPAL")
                .outcome("secondRecheck", "2027-07-20", "PASS").decide();
        var suspension = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10")
                .outcome("recheck", "2027-04-20", "FAIL").announced("2027-05-10", "MUNICIPAL")
                .outcome("secondRecheck", "2027-07-10", "FAIL").outcome("suspensionRecheck", "2027-07-20", "PASS")
                .decide();

        assertThat(codes(second)).doesNotContain("STOP_SALE", "SECOND_RECHECK");
        assertThat(codes(suspension)).doesNotContain("STOP_SALE", "SUSPEND_FOR_RECTIFICATION", "REVOKE_LICENCE");
    }

    @Test
    @DisplayName("ACT-004 ACT-005 a failed check gets the advice letter and the credit record; a passed one nothing")
    void letterAndCreditRecord() {
        var failed = aFailedProducer().decide();
        var passed = aCase().check(2027, "MUNICIPAL", "PASS").decide();

        assertThat(codes(failed)).contains("RECTIFICATION_ADVICE_LETTER", "CREDIT_RECORD");
        assertThat(failed.fired()).contains("ACT-004", "ACT-005");
        assertThat(codes(passed)).isEmpty();
    }

    @Test
    @DisplayName("ACT-006 a health or safety failure is reported at once; another failure is not")
    void rapidReport() {
        var unsafe = aFailedProducer().failedItem("泄漏电流", "GB 4706.1-2005", null).decide();
        var other = aFailedProducer().failedItem("标识", "GB/T 5296.2-2008", null).decide();

        assertThat(codes(unsafe)).contains("RAPID_REPORT");
        assertThat(unsafe.fired()).contains("ACT-006");
        assertThat(codes(other)).doesNotContain("RAPID_REPORT");
    }

    @Test
    @DisplayName("ACT-007 a serious problem, even without a check, is traced along the supply chain")
    void traceSupplyChain() {
        assertThat(codes(aCase().findings("FORGED_ORIGIN").decide())).containsExactly("TRACE_SUPPLY_CHAIN");
        assertThat(codes(aFailedProducer().decide())).doesNotContain("TRACE_SUPPLY_CHAIN");
    }

    @Test
    @DisplayName("ACT-008 a disputed jurisdiction is designated by the municipal bureau")
    void designateJurisdiction() {
        assertThat(codes(aCase().set("jurisdictionDisputed", true).decide())).containsExactly("DESIGNATE_JURISDICTION");
        assertThat(codes(aCase().set("jurisdictionDisputed", false).decide())).isEmpty();
    }

    @Test
    @DisplayName("ACT-009 a failed check is served at once, until the notice is received")
    void serveNoticeUntilReceived() {
        var unserved = aFailedProducer().decide();
        var served = aFailedProducer().lifecycle("noticeReceived", "2027-07-20").decide();
        var ordered = aFailedProducer().lifecycle("correctionOrdered", "2027-07-20").decide();
        var passed = aCase().check(2027, "MUNICIPAL", "PASS").decide();

        assertThat(codes(unserved)).startsWith("SERVE_NOTICE");
        assertThat(unserved.fired()).contains("ACT-009");
        assertThat(codes(served)).doesNotContain("SERVE_NOTICE");
        assertThat(codes(ordered)).doesNotContain("SERVE_NOTICE");
        assertThat(served.fired()).doesNotContain("ACT-009");
        assertThat(codes(passed)).doesNotContain("SERVE_NOTICE");
    }

    @Test
    @DisplayName("ACT-009 findings alone, without a failed check, serve no notice")
    void findingsAloneServeNoNotice() {
        assertThat(codes(aCase().findings("UNCERTIFIED_CCC_PRODUCT").decide())).doesNotContain("SERVE_NOTICE");
    }
}
