package io.spotcheck.register;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/cases} and {@code GET /api/v1/cases} (CONTRACT §7): a case opened by hand, and the case list. */
class CaseOpeningTest extends RegisterWebTest {

    private ResultActions open(String user, String json) throws Exception {
        return as(user, post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String lead(String caseRef, int firm, String district, String openedOn) {
        return "{" + (caseRef == null ? "" : "\"caseRef\":\"" + caseRef + "\",") + "\"openedOn\":\"" + openedOn
                + "\",\"firm\":{\"uscc\":\"" + uscc(firm) + "\",\"name\":\"上海某某玩具有限公司\""
                + (district == null ? "" : ",\"district\":\"" + district + "\"") + ",\"role\":\"SELLER\"},"
                + "\"check\":{\"year\":2026,\"level\":\"DISTRICT\",\"categoryCode\":\"C0801\",\"result\":\"FAIL\","
                + "\"failedItems\":[{\"item\":\"小零件\",\"standard\":\"GB 6675.2-2014\"}]}}";
    }

    @Test
    @DisplayName("A lead opened by hand is a case of the firm's district, answered 201 with the case as of today")
    void opensACase() throws Exception {
        open("ann", lead("HO-1", 401, "浦东新区", "2026-10-01")).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/cases/HO-1"))
                .andExpect(jsonPath("$.district").value("浦东新区")).andExpect(jsonPath("$.asOf").value("2026-11-30"))
                .andExpect(jsonPath("$.decision.filing").value("MUST_FILE"))
                .andExpect(jsonPath("$.todo[*].code", Matchers.hasItem("DECIDE_FILING")));
        caseAsOf("amy", "HO-1", "2026-10-01").andExpect(status().isOk());
    }

    @Test
    @DisplayName("Without a reference one is generated: CASE-<year>-<n>")
    void generatesAReference() throws Exception {
        open("muni", lead(null, 402, "黄浦区", "2026-10-02")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseRef").value(Matchers.matchesPattern("CASE-2026-\\d{4}")));
    }

    @Test
    @DisplayName("Refused: another district's firm (403), a reference in use (409), a bad reference, a date after today or before the check's year, lifecycle fields, a bad USCC (400)")
    void refusals() throws Exception {
        open("ann", lead("HO-3", 403, "黄浦区", "2026-10-01")).andExpect(status().isForbidden());
        open("audrey", lead("HO-3", 403, "浦东新区", "2026-10-01")).andExpect(status().isForbidden());
        open("ann", lead("HO-4", 404, "浦东新区", "2026-10-01")).andExpect(status().isCreated());
        open("ann", lead("HO-4", 404, "浦东新区", "2026-10-01")).andExpect(status().isConflict());
        open("ann", lead("HO/5", 405, "浦东新区", "2026-10-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseRef"));
        open("ann", lead("HO-6", 406, "浦东新区", "2026-12-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openedOn"));
        open("ann", lead("HO-7", 407, "浦东新区", "2025-12-31")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openedOn"));
        open("ann", lead("HO-8", 408, "浦东新区", "2026-10-01").replace("\"result\":\"FAIL\",",
                "\"result\":\"FAIL\",\"noticeReceived\":\"2026-09-01\",")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("check.noticeReceived"));
        open("ann", lead("HO-9", 409, "浦东新区", "2026-10-01").replace(uscc(409), "91310115MA1K3YJ575"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("firm.uscc"));
        caseAsOf("muni", "HO-3", "2026-11-30").andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("A case opened on a date shows no earlier date: asOf before the opening is refused")
    void asOfBeforeTheOpening() throws Exception {
        open("ann", lead("HO-10", 410, "浦东新区", "2026-10-01")).andExpect(status().isCreated());

        caseAsOf("ann", "HO-10", "2026-09-30").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        caseAsOf("ann", "HO-10", "2026-10-01").andExpect(status().isOk());
    }

    @Test
    @DisplayName("The case list: newest first, searched by part of the reference, firm name or USCC, only the caller's district")
    void listsCases() throws Exception {
        open("ann", lead("HL-1", 420, "浦东新区", "2026-10-01")).andExpect(status().isCreated());
        open("muni", lead("HL-2", 421, "黄浦区", "2026-10-03")).andExpect(status().isCreated());

        as("muni", get("/api/v1/cases").param("q", "HL-")).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].caseRef").value("HL-2"));
        as("ann", get("/api/v1/cases").param("q", "HL-")).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].caseRef").value("HL-1"));
        as("muni", get("/api/v1/cases").param("q", uscc(421))).andExpect(jsonPath("$.items[0].caseRef").value("HL-2"));
        as("muni", get("/api/v1/cases").param("q", "HL-").param("status", "CLOSED"))
                .andExpect(jsonPath("$.total").value(0));
        as("muni", get("/api/v1/cases").param("status", "BOGUS")).andExpect(status().isBadRequest());
        as("pat", get("/api/v1/cases")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("A lead without a check but with a history decides on it: spotChecks[0] is null, the history counts")
    void aLeadWithoutACheck() throws Exception {
        open("muni", "{\"caseRef\":\"HO-20\",\"openedOn\":\"2026-10-01\",\"firm\":{\"uscc\":\"" + uscc(430)
                + "\",\"district\":\"浦东新区\",\"role\":\"PRODUCER\"},\"history\":["
                + "{\"year\":2026,\"level\":\"MUNICIPAL\",\"result\":\"FAIL\"},"
                + "{\"year\":2025,\"level\":\"NATIONAL\",\"result\":\"FAIL\"}]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.request.spotChecks[0]").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.request.spotChecks.length()").value(3))
                .andExpect(jsonPath("$.decision.interviews[0].level").value("MUNICIPAL"));
        event("muni", "HO-20", "{\"type\":\"NOTICE_RECEIVED\",\"date\":\"2026-10-02\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    @DisplayName("A history entry after this year is named without speaking of an asOf the body does not have")
    void aHistoryYearAfterThisYear() throws Exception {
        open("muni", "{\"caseRef\":\"HO-21\",\"openedOn\":\"2026-10-01\",\"firm\":{\"uscc\":\"" + uscc(431)
                + "\",\"district\":\"浦东新区\",\"role\":\"PRODUCER\"},\"history\":["
                + "{\"year\":2027,\"level\":\"MUNICIPAL\",\"result\":\"FAIL\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("history[0].year"))
                .andExpect(jsonPath("$.errors[0].message").value("2027 is after this year (2026)"));
    }
}
