package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.shared.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The case form read as the contract's JSON: types, empty inputs and rows left out, problems traced to inputs. */
class CaseFormTest {

    private static Map<String, String[]> params(String... pairs) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.merge(pairs[i], new String[] {pairs[i + 1]}, (a, b) -> {
                String[] c = java.util.Arrays.copyOf(a, a.length + 1);
                c[a.length] = b[0];
                return c;
            });
        }
        return out;
    }

    private static JsonNode json(CaseForm form) {
        return Json.COMPACT.readTree(new String(form.body(), StandardCharsets.UTF_8));
    }

    @Test
    void inputsBecomeTypedJsonAndEmptyInputsAreLeftOut() {
        CaseForm form = CaseForm.of(params("caseRef", " PD-1 ", "asOf", "", "firm.uscc", "91310112MA1GBUL01W",
                "firm.industryLeader", "true", "firm.reachable", "false", "firm.creditRisk", "",
                "spotChecks[0].year", "2027", "spotChecks[0].result", "FAIL",
                "findings", "COUNTERFEIT", "findings", "CLAIMS_CONFORMITY", "_csrf", "token", "lang", "en"));
        JsonNode j = json(form);
        assertThat(j.get("caseRef").asString()).isEqualTo("PD-1");
        assertThat(j.has("asOf")).isFalse();
        assertThat(j.get("firm").get("industryLeader").isBoolean()).isTrue();
        assertThat(j.get("firm").get("reachable").asBoolean()).isFalse();
        assertThat(j.get("firm").has("creditRisk")).isFalse();
        assertThat(j.get("spotChecks").get(0).get("year").isInt()).isTrue();
        assertThat(j.get("findings")).hasSize(2);
        assertThat(j.get("penalties")).isEmpty();
        assertThat(j.has("_csrf")).isFalse();
        assertThat(j.has("lang")).isFalse();
    }

    @Test
    void aYearThatIsNotANumberStaysTextSoTheReaderNamesIt() {
        JsonNode j = json(CaseForm.of(params("spotChecks[0].year", "20x7")));
        assertThat(j.get("spotChecks").get(0).get("year").isString()).isTrue();
    }

    @Test
    void emptyRowsAreDroppedAndProblemsMapBackToTheRowsFilledIn() {
        CaseForm form = CaseForm.of(params(
                "spotChecks[0].year", "2027",
                "spotChecks[0].failedItems[0].item", "",
                "spotChecks[0].failedItems[2].standard", "XYZ",
                "spotChecks[2].year", "2025",
                "spotChecks[4].year", "2024",
                "firm.registeredMail[1].sent", "2027-01-05"));
        JsonNode j = json(form);
        assertThat(j.get("spotChecks")).hasSize(3);
        assertThat(j.get("spotChecks").get(0).get("failedItems")).hasSize(1);
        assertThat(j.get("firm").get("registeredMail")).hasSize(1);
        assertThat(form.inputOf("spotChecks[0].failedItems[0].standard"))
                .isEqualTo("spotChecks[0].failedItems[2].standard");
        assertThat(form.inputOf("spotChecks[1].level")).isEqualTo("spotChecks[2].level");
        assertThat(form.inputOf("spotChecks[2]")).isEqualTo("spotChecks[4]");
        assertThat(form.inputOf("firm.registeredMail[0].signed")).isEqualTo("firm.registeredMail[1].signed");
        assertThat(form.inputOf("caseRef")).isEqualTo("caseRef");
    }

    @Test
    void namesOutsideTheContractAreIgnored() {
        JsonNode j = json(CaseForm.of(params("firm..x", "1", "spotChecks[999].year", "2027", "other", "x",
                "firm.uscc[0]", "y")));
        assertThat(j.has("other")).isFalse();
        assertThat(j.has("spotChecks")).isFalse();
        assertThat(j.get("firm").isEmpty()).isTrue();
    }
}
