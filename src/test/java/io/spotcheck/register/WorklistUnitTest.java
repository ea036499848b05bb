package io.spotcheck.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.spotcheck.shared.Json;
import io.spotcheck.shared.Today;
import io.spotcheck.support.TestRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The worklist on a register built by hand: a case that cannot be built is one CHECK_CASE item, never a failed list. */
class WorklistUnitTest {

    private static CaseFile file(String ref, String uscc) {
        ObjectNode firm = (ObjectNode) Json.COMPACT.readTree("{\"uscc\":\"" + uscc + "\",\"name\":\"某厂\","
                + "\"district\":\"浦东新区\",\"role\":\"PRODUCER\"}");
        ObjectNode check = (ObjectNode) Json.COMPACT.readTree("{\"year\":2026,\"level\":\"MUNICIPAL\","
                + "\"categoryCode\":\"C0421\",\"result\":\"FAIL\",\"failedItems\":[{\"item\":\"泄漏电流\","
                + "\"standard\":\"GB 4706.1-2005\",\"safetyCritical\":true}]}");
        return new CaseFile(ref, LocalDate.of(2026, 9, 21), null, firm, check, List.of(), "test", null);
    }

    @Test
    @DisplayName("A case whose request cannot be built (here a USCC that fails its check) is listed as CHECK_CASE, overdue, with the problem")
    void aBrokenCaseIsOneCheckCaseItem() {
        Register register = mock(Register.class);
        var good = file("W-1", "91310115MA1K3YJ574");
        var broken = file("W-2", "91310115MA1K3YJ575");
        when(register.snapshot()).thenReturn(new Register.Snapshot(Map.of("W-1", good, "W-2", broken), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of()));
        CaseViews views = new CaseViews(register, TestRules.RULES, TestRules.DECIDER, Today.of("2026-11-30"));

        var items = new Worklist(views).of(Caller.commandLine("test"), null, null).items();

        assertThat(items).filteredOn(i -> i.caseRef().equals("W-2")).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("CHECK_CASE");
            assertThat(i.status()).isEqualTo(CaseView.StepStatus.OVERDUE);
            assertThat(i.problems()).extracting(io.spotcheck.casefile.Problem::field).contains("firm.uscc");
        });
        assertThat(items).filteredOn(i -> i.caseRef().equals("W-1")).extracting(Worklist.Item::code)
                .contains("DECIDE_FILING");
        assertThat(items).isSortedAccordingTo(Worklist.ORDER);
    }
}
