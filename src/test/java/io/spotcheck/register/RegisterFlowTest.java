package io.spotcheck.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.shared.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Results in, cases out, events, the case as of a date (CONTRACT §7). */
class RegisterFlowTest extends RegisterWebTest {

    @Test
    @DisplayName("A FAIL opens a case for the firm's district; a PASS is stored as history only; a second import changes nothing")
    void importOpensCasesAndIsIdempotent() throws Exception {
        String csv = HEADER + failedKettle("FL-1", uscc(1), "浦东新区", "2026-09-10", "2026-09-21")
                + "FL-2," + uscc(1) + ",上海某某电器有限公司,浦东新区,PRODUCER,,,C0421,DISTRICT,PASS,2026-05-06,SQI,,\n";

        importResults("muni", csv).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2)).andExpect(jsonPath("$.stored").value(2))
                .andExpect(jsonPath("$.unchanged").value(0)).andExpect(jsonPath("$.casesOpened[0]").value("FL-1"))
                .andExpect(jsonPath("$.casesOpened.length()").value(1));
        importResults("admin", csv).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(0)).andExpect(jsonPath("$.unchanged").value(2))
                .andExpect(jsonPath("$.casesOpened.length()").value(0));

        JsonNode view = view("ann", "FL-1", "2026-09-21");
        assertThat(view.path("district").asString()).isEqualTo("浦东新区");
        assertThat(view.path("status").asString()).isEqualTo("OPEN");
        assertThat(view.path("decision").path("decisionId").isNull()).isTrue();
        assertThat(view.path("decision").path("filing").asString()).isEqualTo("MUST_FILE");
        assertThat(view.path("request").path("spotChecks").get(1).path("result").asString()).isEqualTo("PASS");
        assertThat(todo(view, "DECIDE_FILING").path("due").asString()).isEqualTo("2026-10-19");
        assertThat(todo(view, "DECIDE_FILING").path("status").asString()).isEqualTo("OPEN");
    }

    @Test
    @DisplayName("ACT-040 the filing decision is due on the 15th working day after the opening, holidays and make-up days counted: DUE a week before, OVERDUE the day after")
    void filingDecisionDueAndOverdue() throws Exception {
        importResults("muni", HEADER + failedKettle("FL-3", uscc(3), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());

        assertThat(todo(view("ann", "FL-3", "2026-10-11"), "DECIDE_FILING").path("status").asString()).isEqualTo("OPEN");
        assertThat(todo(view("ann", "FL-3", "2026-10-12"), "DECIDE_FILING").path("status").asString()).isEqualTo("DUE");
        assertThat(todo(view("ann", "FL-3", "2026-10-19"), "DECIDE_FILING").path("status").asString()).isEqualTo("DUE");
        assertThat(todo(view("ann", "FL-3", "2026-10-20"), "DECIDE_FILING").path("status").asString())
                .isEqualTo("OVERDUE");
        assertThat(view("ann", "FL-3", "2026-09-21").path("stepRules").get(0).path("ruleId").asString())
                .isEqualTo("ACT-040");
    }

    @Test
    @DisplayName("Lifecycle events build the request; FILED completes the filing decision on time; done says when")
    void eventsMoveTheCase() throws Exception {
        importResults("muni", HEADER + failedKettle("FL-4", uscc(4), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());

        event("ann", "FL-4", "{\"type\":\"NOTICE_RECEIVED\",\"date\":\"2026-09-22\"}").andExpect(status().isCreated());
        event("ann", "FL-4", "{\"type\":\"CORRECTION_ORDERED\",\"date\":\"2026-09-30\"}").andExpect(status().isCreated());
        event("amy", "FL-4", "{\"type\":\"DONE\",\"code\":\"FILED\",\"date\":\"2026-10-16\"}")
                .andExpect(status().isCreated());

        JsonNode view = view("ann", "FL-4", "2026-11-30");
        assertThat(view.path("request").path("spotChecks").get(0).path("noticeReceived").asString())
                .isEqualTo("2026-09-22");
        assertThat(view.path("request").path("spotChecks").get(0).path("correctionOrdered").asString())
                .isEqualTo("2026-09-30");
        assertThat(todo(view, "DECIDE_FILING").isMissingNode()).isTrue();
        assertThat(todo(view, "CORRECT_BY").path("due").asString()).isEqualTo("2026-11-30");
        JsonNode filed = done(view, "FILED");
        assertThat(filed.path("step").asString()).isEqualTo("DECIDE_FILING");
        assertThat(filed.path("due").asString()).isEqualTo("2026-10-19");
        assertThat(filed.path("onTime").asBoolean()).isTrue();
        assertThat(view.path("events")).hasSize(3);
        assertThat(view.path("events").get(2).path("recordedBy").asString()).isEqualTo("amy");
    }

    @Test
    @DisplayName("The worklist lists open steps across cases, overdue first, as JSON and as CSV with a byte-order mark")
    void worklistAcrossCases() throws Exception {
        importResults("muni", HEADER + failedKettle("WL-1", uscc(11), "浦东新区", "2026-11-01", "2026-11-02")
                + failedKettle("WL-2", uscc(12), "黄浦区", "2026-11-01", "2026-11-05")).andExpect(status().isOk());

        String json = as("ann", get("/api/v1/worklist").param("asOf", "2026-11-30")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode items = Json.COMPACT.readTree(json).path("items");
        assertThat(items.findValuesAsString("caseRef")).contains("WL-1").doesNotContain("WL-2");
        as("muni", get("/api/v1/worklist").param("asOf", "2026-11-30").param("district", "黄浦区"))
                .andExpect(jsonPath("$.items[*].caseRef", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.not("WL-1"))));
        as("bob", get("/api/v1/worklist.csv").param("asOf", "2026-11-30"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.startsWith(
                        "\uFEFFcase_ref,uscc,firm_name,district,code,from,due,status,optional,problems\n")))
                .andExpect(content().string(containsString("WL-2,")));
    }

    @Test
    @DisplayName("A kept case's decision is exactly what /cases/decide answers for its request, decisionId aside")
    void theDecisionIsDecidesAnswer() throws Exception {
        importResults("muni", HEADER + failedKettle("FL-5", uscc(5), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());
        event("ann", "FL-5", "{\"type\":\"NOTICE_RECEIVED\",\"date\":\"2026-09-22\"}").andExpect(status().isCreated());
        JsonNode view = view("ann", "FL-5", "2026-10-30");

        String decided = as("ann", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/cases/decide").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(Json.compact(view.path("request")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        var expected = (tools.jackson.databind.node.ObjectNode) Json.COMPACT.readTree(decided);
        expected.putNull("decisionId");
        assertThat(view.path("decision")).isEqualTo(expected);
    }

    @Test
    @DisplayName("A district-bound officer lists only the decisions it requested; the municipal bureau lists all")
    void districtOfficersListTheirOwnDecisions() throws Exception {
        String body = "{\"caseRef\":\"OWN-1\",\"asOf\":\"2026-10-01\",\"firm\":{\"uscc\":\"" + uscc(6)
                + "\",\"role\":\"SELLER\"},\"spotChecks\":[]}";
        String id = Json.COMPACT.readTree(as("muni", org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.post("/api/v1/cases/decide").contentType(
                        org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).path("decisionId").asString();

        as("ann", get("/api/v1/decisions").param("caseRef", "OWN-1")).andExpect(jsonPath("$.total").value(0));
        as("ann", get("/api/v1/decisions/" + id)).andExpect(status().isNotFound());
        as("muni", get("/api/v1/decisions").param("caseRef", "OWN-1")).andExpect(jsonPath("$.total").value(1));
    }

    JsonNode view(String user, String caseRef, String asOf) throws Exception {
        String body = caseAsOf(user, caseRef, asOf).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Json.COMPACT.readTree(body);
    }

    static JsonNode todo(JsonNode view, String code) {
        for (JsonNode t : view.path("todo")) {
            if (t.path("code").asString().equals(code)) {
                return t;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    static JsonNode done(JsonNode view, String code) {
        for (JsonNode t : view.path("done")) {
            if (t.path("code").asString().equals(code)) {
                return t;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }
}
