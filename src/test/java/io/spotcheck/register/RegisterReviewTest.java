package io.spotcheck.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.shared.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a walk through the register as an officer found (filters, cases that cannot be built, corrections, imports). */
class RegisterReviewTest extends RegisterWebTest {

    private JsonNode json(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return Json.COMPACT.readTree(r.andReturn().getResponse().getContentAsString());
    }

    private String record(String user, String ref, String body) throws Exception {
        JsonNode events = json(event(user, ref, body).andExpect(status().isCreated())).path("events");
        return events.get(events.size() - 1).path("id").asString();
    }

    private static JsonNode done(JsonNode view, String code) {
        for (JsonNode d : view.path("done")) {
            if (d.path("code").asString().equals(code)) {
                return d;
            }
        }
        throw new AssertionError("no done " + code + " in " + view.path("done"));
    }

    @Test
    @DisplayName("Worklist: a district-bound officer asking for another district gets nothing; an unknown district or a date before 1993 is refused")
    void worklistFilters() throws Exception {
        importResults("muni", HEADER + failedKettle("RV-1", uscc(601), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());

        assertThat(json(as("ann", get("/api/v1/worklist").param("asOf", "2026-11-30").param("district", "浦东新区")))
                .path("items").findValuesAsString("caseRef")).contains("RV-1");
        assertThat(json(as("ann", get("/api/v1/worklist").param("asOf", "2026-11-30").param("district", "黄浦区")))
                .path("items").size()).isZero();
        assertThat(json(as("ann", get("/api/v1/worklist").param("asOf", "2026-11-30").param("district", "MUNICIPAL")))
                .path("items").size()).isZero();
        as("muni", get("/api/v1/worklist").param("district", "火星区")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("district"));
        as("muni", get("/api/v1/worklist").param("asOf", "1992-12-31")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        as("muni", get("/api/v1/worklist").param("asOf", "1993-01-01")).andExpect(status().isOk());
        as("muni", get("/api/v1/cases").param("district", "浦东区")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("district"));
        as("muni", get("/api/v1/cases").param("district", "MUNICIPAL")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("A case whose request cannot be built as of a date shows why, and CHECK_CASE as its one step, as the worklist does")
    void aCaseThatCannotBeBuiltSaysWhy() throws Exception {
        importResults("muni", HEADER + failedKettle("RV-2", uscc(602), "浦东新区", "2026-09-10", "2026-11-05"))
                .andExpect(status().isOk());
        String wrong = record("ann", "RV-2", "{\"type\":\"CORRECTION_ORDERED\",\"date\":\"2026-11-20\"}");
        record("ann", "RV-2", "{\"type\":\"RETRACT\",\"date\":\"2026-11-30\",\"eventId\":\"" + wrong
                + "\",\"reason\":\"录入错误\"}");
        record("ann", "RV-2", "{\"type\":\"CORRECTION_ORDERED\",\"date\":\"2026-11-06\"}");
        record("ann", "RV-2", "{\"type\":\"RECHECK\",\"date\":\"2026-11-10\",\"result\":\"PASS\"}");

        JsonNode then = json(caseAsOf("ann", "RV-2", "2026-11-25").andExpect(status().isOk()));
        assertThat(then.has("decision")).isFalse();
        assertThat(then.path("problems").get(0).path("message").asString()).contains("correctionOrdered");
        assertThat(then.path("todo").size()).isEqualTo(1);
        assertThat(then.path("todo").get(0).path("code").asString()).isEqualTo("CHECK_CASE");
        assertThat(then.path("todo").get(0).path("status").asString()).isEqualTo("OVERDUE");

        JsonNode now = json(caseAsOf("ann", "RV-2", "2026-11-30"));
        assertThat(now.has("decision")).isTrue();
        assertThat(now.has("problems")).isFalse();
        String csv = as("ann", get("/api/v1/worklist.csv").param("asOf", "2026-11-25")).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv.lines().filter(l -> l.startsWith("RV-2,")).findFirst().orElseThrow())
                .contains("CHECK_CASE").contains("correctionOrdered");
    }

    @Test
    @DisplayName("Done: a lifecycle event re-recorded after a retraction still names the step it ends; a DONE dated before the case opened has no due")
    void corrections() throws Exception {
        importResults("muni", HEADER + failedKettle("RV-3", uscc(603), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());
        record("ann", "RV-3", "{\"type\":\"NOTICE_RECEIVED\",\"date\":\"2026-09-22\"}");
        record("ann", "RV-3", "{\"type\":\"CORRECTION_ORDERED\",\"date\":\"2026-09-30\"}");
        record("ann", "RV-3", "{\"type\":\"RECHECK\",\"date\":\"2026-11-02\",\"result\":\"FAIL\"}");
        String first = record("ann", "RV-3", "{\"type\":\"ANNOUNCED\",\"date\":\"2026-11-25\",\"by\":\"MUNICIPAL\"}");
        record("ann", "RV-3", "{\"type\":\"RETRACT\",\"date\":\"2026-11-27\",\"eventId\":\"" + first
                + "\",\"reason\":\"公告机关录错\"}");
        record("ann", "RV-3", "{\"type\":\"ANNOUNCED\",\"date\":\"2026-11-25\",\"by\":\"DISTRICT\"}");

        JsonNode view = json(caseAsOf("ann", "RV-3", "2026-11-30"));
        assertThat(done(view, "ANNOUNCED").path("step").asString()).isEqualTo("ANNOUNCE");
        assertThat(view.path("todo").findValuesAsString("code")).doesNotContain("ANNOUNCE");
        // before the retraction, the first record is the one that ended the step
        JsonNode before = json(caseAsOf("ann", "RV-3", "2026-11-26"));
        assertThat(before.path("done").findValuesAsString("code").stream().filter("ANNOUNCED"::equals)).hasSize(2);

        // a late filing entered again after a retraction dated later stays late (a correction never improves a score)
        importResults("muni", HEADER + failedKettle("RV-8", uscc(608), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());
        String late = record("ann", "RV-8", "{\"type\":\"DONE\",\"date\":\"2026-11-13\",\"code\":\"FILED\"}");
        record("ann", "RV-8", "{\"type\":\"RETRACT\",\"date\":\"2026-11-30\",\"eventId\":\"" + late
                + "\",\"reason\":\"日期录错\"}");
        record("ann", "RV-8", "{\"type\":\"DONE\",\"date\":\"2026-11-14\",\"code\":\"FILED\"}");
        JsonNode refiled = done(json(caseAsOf("ann", "RV-8", "2026-11-30")), "FILED");
        assertThat(refiled.path("due").asString()).isEqualTo("2026-10-19");
        assertThat(refiled.path("onTime").asBoolean()).isFalse();

        importResults("muni", HEADER + failedKettle("RV-4", uscc(604), "浦东新区", "2026-09-10", "2026-11-02"))
                .andExpect(status().isOk());
        record("ann", "RV-4", "{\"type\":\"DONE\",\"date\":\"2026-11-01\",\"code\":\"FILED\"}");
        JsonNode filed = done(json(caseAsOf("ann", "RV-4", "2026-11-30")), "FILED");
        assertThat(filed.path("step").asString()).isEqualTo("DECIDE_FILING");
        assertThat(filed.path("due").isNull()).isTrue();
        assertThat(filed.path("onTime").isNull()).isTrue();

        importResults("muni", HEADER + failedKettle("RV-5", uscc(605), "浦东新区", "2026-09-10", "2026-11-02"))
                .andExpect(status().isOk());
        record("ann", "RV-5", "{\"type\":\"DONE\",\"date\":\"2026-11-02\",\"code\":\"FILED\"}");
        JsonNode sameDay = done(json(caseAsOf("ann", "RV-5", "2026-11-30")), "FILED");
        assertThat(sameDay.path("due").asString()).isEqualTo("2026-11-23");
        assertThat(sameDay.path("onTime").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("Results import: an empty category is refused; a row whose check is wrong still has its firm checked; problems in line order, quoted once")
    void importChecksEveryColumn() throws Exception {
        String noCategory = "RV-6," + uscc(606) + ",上海某某电器有限公司,浦东新区,PRODUCER,,,,MUNICIPAL,FAIL,2026-09-10,SQI,"
                + "泄漏电流|GB 4706.1-2005|Y,\n";
        String badCheckBadFirm = "RV-7,91310115MA1K3YJ573,上海某某电器有限公司,杭州市,RETAILER,Z,FALSE,C0421,CITY,MAYBE,"
                + "2026-09-10,SQI,泄漏电流|GB 4706.1-2005|Q,\n";
        JsonNode refused = json(importResults("muni", HEADER + badCheckBadFirm + noCategory)
                .andExpect(status().isBadRequest()));
        String all = refused.path("errors").toString();

        assertThat(all).contains("results.csv:3:8").contains("category_code");
        for (String column : new String[] {":2:2", ":2:4", ":2:5", ":2:6", ":2:7", ":2:9", ":2:10", ":2:13"}) {
            assertThat(all).as(column).contains("results.csv" + column);
        }
        assertThat(all).doesNotContain("\\\"\\\"").contains("\\\"FALSE\\\" is not true or false");
        var fields = refused.path("errors").findValuesAsString("field");
        assertThat(fields.get(fields.size() - 1)).startsWith("results.csv:3:");
        as("muni", get("/api/v1/cases/{ref}", "RV-6")).andExpect(status().isNotFound());
    }

    @org.springframework.beans.factory.annotation.Autowired
    ResultsImport results;

    @Test
    @DisplayName("The command's own file is named in its problems (results import --file incoming/r5.csv)")
    void theCommandsFileIsNamed() {
        byte[] bad = (HEADER + "RV-9," + uscc(609) + ",上海某某电器有限公司,浦东新区,PRODUCER,,,C0421,MUNICIPAL,FAIL,"
                + "2026-13-01,SQI,泄漏电流|GB 4706.1-2005|Y,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> results.importCsv(Caller.commandLine("cli"),
                        new java.io.ByteArrayInputStream(bad), "incoming/r5.csv"))
                .isInstanceOfSatisfying(io.spotcheck.casefile.InvalidInputException.class, e -> assertThat(
                        e.problems()).extracting(io.spotcheck.casefile.Problem::field).containsExactly("incoming/r5.csv:2:11"));
    }

    @Test
    @DisplayName("An unknown code is one problem, not also \"needs at least one code\"")
    void anUnknownCodeIsOneProblem() throws Exception {
        importResults("muni", HEADER + failedKettle("RV-10", uscc(610), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());

        event("ann", "RV-10", "{\"type\":\"FINDINGS\",\"date\":\"2026-10-01\",\"codes\":[\"FOO\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("FOO")));
        event("ann", "RV-10", "{\"type\":\"FINDINGS\",\"date\":\"2026-10-01\",\"codes\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("needs at least one code"));
    }
}
