package io.spotcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.shared.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The figures of CONTRACT §8 on the hand-built register of {@link EvaluationWebTest#scenario()}, third quarter of
 * 2026, as of today (2026-11-30). Every number below is worked out from the scenario by hand.
 */
class EvaluationFiguresTest extends EvaluationWebTest {

    private JsonNode q3(String user, String asOf) throws Exception {
        var r = get("/api/v1/evaluation").param("from", Q3_FROM).param("to", Q3_TO);
        return json(user, asOf == null ? r : r.param("asOf", asOf));
    }

    @Test
    @DisplayName("Each district's row, worked out by hand: filed and not, on time and late, re-checks passed and "
            + "failed, closed cases, a transfer and a retraction")
    void districtRows() throws Exception {
        JsonNode report = q3("audrey", null);

        assertThat(report.path("asOf").asString()).isEqualTo("2026-11-30");
        // 黄浦区 first (DOMAIN §6 order), 浦东新区, then the municipal bureau (null); E-X0 (opened 06-30) and E-H3
        // (opened 10-01) are outside the quarter.
        assertThat(report.path("districts").valueStream().map(r -> r.path("district").asString(null)).toList())
                .containsExactly("黄浦区", "浦东新区", null);
        // E-H1 (its item marked N: not serious, the officer assesses) filed 08-10, due 08-05: a late step, but not
        // a mustFile case. E-H2 (must file) filed 09-10, retracted 09-15: not filed, due 09-21, overdue. E-R1: the
        // re-test passed, so the check did not fail: no filing, no dated step. No re-checks: rate null.
        assertThat(Json.compact(row(report, "黄浦区"))).isEqualTo("{\"district\":\"黄浦区\",\"cases\":3,\"mustFile\":1,"
                + "\"filed\":0,\"filingRate\":0.0,\"notFiledApproved\":0,\"stepsDue\":2,\"stepsOnTime\":0,"
                + "\"onTimeRate\":0.0,\"overdue\":1,\"rechecked\":0,\"recheckPassed\":0,\"recheckPassRate\":null,"
                + "\"closed\":0}");
        // E-P1: filed 07-20 (due 07-22), re-check passed 09-01 (correction due 09-08, first re-check 09-23): 3 of 3
        // on time. E-P2: not filed (due 07-22, overdue), re-check failed 09-30, late for both: 3 due, 0 on time.
        // E-P3 (officer assesses): not filed with approval 08-20, due 08-24: on time. E-P4 closed 08-31 with its
        // filing decision due 08-24 still open: due, not on time, not overdue. E-P6 closed 08-24, on the day its
        // filing decision fell due: not counted. E-P5 was transferred to the municipal bureau.
        assertThat(Json.compact(row(report, "浦东新区"))).isEqualTo("{\"district\":\"浦东新区\",\"cases\":5,"
                + "\"mustFile\":4,\"filed\":1,\"filingRate\":0.25,\"notFiledApproved\":1,\"stepsDue\":8,"
                + "\"stepsOnTime\":4,\"onTimeRate\":0.5,\"overdue\":1,\"rechecked\":2,\"recheckPassed\":1,"
                + "\"recheckPassRate\":0.5,\"closed\":2}");
        // E-M1 (out of town, opened 09-30, the quarter's last day): due 10-27, overdue. E-P5 (transferred 08-01):
        // filed 08-07, due 08-10.
        assertThat(Json.compact(row(report, null))).isEqualTo("{\"district\":null,\"cases\":2,\"mustFile\":2,"
                + "\"filed\":1,\"filingRate\":0.5,\"notFiledApproved\":0,\"stepsDue\":2,\"stepsOnTime\":1,"
                + "\"onTimeRate\":0.5,\"overdue\":1,\"rechecked\":0,\"recheckPassed\":0,\"recheckPassRate\":null,"
                + "\"closed\":0}");
        // 2 of 7, 5 of 12: the double nearest the quotient, unrounded.
        assertThat(Json.compact(report.path("total"))).isEqualTo("{\"district\":null,\"cases\":10,\"mustFile\":7,"
                + "\"filed\":2,\"filingRate\":0.2857142857142857,\"notFiledApproved\":1,\"stepsDue\":12,\"stepsOnTime\":5,"
                + "\"onTimeRate\":0.4166666666666667,\"overdue\":3,\"rechecked\":2,\"recheckPassed\":1,"
                + "\"recheckPassRate\":0.5,\"closed\":2}");
    }

    @Test
    @DisplayName("Labs and categories count the quarter's results: a re-test that passed counts as passed; safety "
            + "failures by the rules of §1 (marked Y, or unmarked under GB; not N, not GB/T)")
    void labsAndCategories() throws Exception {
        JsonNode report = q3("admin", null);

        // SQI: E-P1, E-P2 (unmarked under GB: safety), E-P5, E-H1 (marked N: not), E-M1 failed; E-OK1, E-OK3 passed.
        // CQC: E-P3 (GB/T, N), E-P4, E-P6, E-H2 failed; E-R1 overturned by its re-test; E-OK2 passed.
        assertThat(Json.compact(report.path("labs"))).isEqualTo("[{\"labId\":\"CQC\",\"batches\":6,\"failures\":4,"
                + "\"failureRate\":0.6666666666666666,\"safetyFailures\":3},{\"labId\":\"SQI\",\"batches\":7,"
                + "\"failures\":5,\"failureRate\":0.7142857142857143,\"safetyFailures\":4}]");
        assertThat(Json.compact(report.path("categories"))).isEqualTo("[{\"categoryCode\":\"C0421\",\"batches\":9,"
                + "\"failures\":6,\"failureRate\":0.6666666666666666,\"qualityAnalysisDue\":false},"
                + "{\"categoryCode\":\"C0815\",\"batches\":4,\"failures\":3,\"failureRate\":0.75,"
                + "\"qualityAnalysisDue\":false}]");
    }

    @Test
    @DisplayName("A district-bound officer gets its own row, a total equal to it, and its district's firms' results")
    void districtOfficerSeesItsOwnRow() throws Exception {
        JsonNode all = q3("audrey", null);
        JsonNode ann = q3("ann", null);

        assertThat(ann.path("districts")).hasSize(1);
        assertThat(ann.path("districts").get(0)).isEqualTo(row(all, "浦东新区"));
        assertThat(ann.path("total")).isEqualTo(row(all, "浦东新区"));
        // E-P1..E-P6 and E-OK1: the firms of 浦东新区, E-P5's included though its case went to the municipal bureau.
        assertThat(Json.compact(ann.path("labs"))).isEqualTo("[{\"labId\":\"CQC\",\"batches\":3,\"failures\":3,"
                + "\"failureRate\":1.0,\"safetyFailures\":2},{\"labId\":\"SQI\",\"batches\":4,\"failures\":3,"
                + "\"failureRate\":0.75,\"safetyFailures\":3}]");
        assertThat(Json.compact(ann.path("categories"))).isEqualTo("[{\"categoryCode\":\"C0421\",\"batches\":6,"
                + "\"failures\":5,\"failureRate\":0.8333333333333334,\"qualityAnalysisDue\":false},"
                + "{\"categoryCode\":\"C0815\",\"batches\":1,\"failures\":1,\"failureRate\":1.0,"
                + "\"qualityAnalysisDue\":false}]");
        assertThat(q3("muni", null)).isEqualTo(all);
    }

    @Test
    @DisplayName("A step due the day before the date counts (overdue); one due on the date does not yet (due)")
    void dueBoundary() throws Exception {
        // E-M1's filing decision is due 2026-10-27; nothing else changes between 10-27 and 10-28.
        JsonNode onDue = row(q3("audrey", "2026-10-27"), null);
        JsonNode dayAfter = row(q3("audrey", "2026-10-28"), null);

        assertThat(onDue.path("stepsDue").asInt()).isEqualTo(1);
        assertThat(onDue.path("overdue").asInt()).isZero();
        assertThat(dayAfter.path("stepsDue").asInt()).isEqualTo(2);
        assertThat(dayAfter.path("overdue").asInt()).isEqualTo(1);
        assertThat(dayAfter.path("onTimeRate").asDouble()).isEqualTo(0.5);
    }

    @Test
    @DisplayName("Judged as of a date: a case opened after it is not counted, nor an event dated after it")
    void asOfAnEarlierDate() throws Exception {
        // As of 2026-09-29: E-M1 (opened 09-30) is not yet a case; E-P2's re-check (09-30) not yet made.
        JsonNode report = q3("audrey", "2026-09-29");

        assertThat(row(report, null).path("cases").asInt()).isEqualTo(1);
        assertThat(row(report, "浦东新区").path("rechecked").asInt()).isEqualTo(1);
        assertThat(row(report, "浦东新区").path("recheckPassRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("A period with no cases and no results: no rows, a total of zeros, every rate null")
    void emptyPeriod() throws Exception {
        JsonNode report = json("audrey", get("/api/v1/evaluation").param("from", "2024-01-01")
                .param("to", "2024-03-31"));

        assertThat(report.path("districts")).isEmpty();
        assertThat(report.path("labs")).isEmpty();
        assertThat(report.path("categories")).isEmpty();
        assertThat(report.path("total").path("cases").asInt()).isZero();
        assertThat(report.path("total").path("filingRate").isNull()).isTrue();
        assertThat(report.path("total").path("onTimeRate").isNull()).isTrue();
        assertThat(report.path("total").path("recheckPassRate").isNull()).isTrue();
    }

    @Test
    @DisplayName("from after to, a date that does not exist, or a missing from: 400 naming the field; a planner: 403")
    void refusals() throws Exception {
        as("audrey", get("/api/v1/evaluation").param("from", "2026-07-02").param("to", "2026-07-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        as("audrey", get("/api/v1/evaluation").param("from", "2026-07-01").param("to", "2026-07-01"))
                .andExpect(status().isOk());
        as("audrey", get("/api/v1/evaluation").param("from", "2026-02-30").param("to", "2026-07-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        as("audrey", get("/api/v1/evaluation").param("to", "2026-07-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        as("pat", get("/api/v1/evaluation").param("from", Q3_FROM).param("to", Q3_TO))
                .andExpect(status().isForbidden());
        as("pat", get("/api/v1/evaluation.xlsx").param("from", Q3_FROM).param("to", Q3_TO))
                .andExpect(status().isForbidden());
        as("pat", get("/api/v1/evaluation/cases").param("from", Q3_FROM).param("to", Q3_TO)
                .param("figure", "cases")).andExpect(status().isForbidden());
    }
}
