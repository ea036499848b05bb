package io.spotcheck.evaluation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.boot.SpotcheckApplication;
import io.spotcheck.casefile.Uscc;
import io.spotcheck.shared.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The evaluation's tests share one service on a register of their own (in-memory H2), today fixed at 2026-11-30, and
 * one hand-built register ({@link #scenario()}), recorded once. Each test reads a period: the scenario's is the third
 * quarter of 2026; tests that need cases of their own use other years, so no test changes another's figures.
 * Users: ann (浦东新区), bob (黄浦区), muni (the municipal bureau), audrey (auditor), admin, pat (planner).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("evaluation-service")
@SpringBootTest(classes = SpotcheckApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:evaluation-test;DB_CLOSE_DELAY=-1",
        "spotcheck.today=2026-11-30",
        "spotcheck.users=ann:pw:OFFICER@浦东新区;bob:pw:OFFICER@黄浦区;muni:pw:OFFICER;audrey:pw:AUDITOR;"
                + "admin:pw:ADMIN;pat:pw:PLANNER"})
abstract class EvaluationWebTest {

    static final String HEADER = "report_no,uscc,name,district,role,credit_risk,industry_leader,category_code,"
            + "level,result,checked_on,lab_id,failed_items,opened_on\n";
    static final String Q3_FROM = "2026-07-01";
    static final String Q3_TO = "2026-09-30";

    private static boolean recorded;

    @Autowired
    protected WebApplicationContext context;

    protected MockMvc mvc;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        synchronized (EvaluationWebTest.class) {
            if (!recorded) {
                scenario();
                recorded = true;
            }
        }
    }

    protected ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> r) throws Exception {
        return mvc.perform(r.with(httpBasic(user, "pw")));
    }

    protected JsonNode json(String user, AbstractMockHttpServletRequestBuilder<?> r) throws Exception {
        return Json.COMPACT.readTree(as(user, r).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    protected void importResults(String csv) throws Exception {
        as("muni", multipart("/api/v1/results").file(new MockMultipartFile("results.csv", "results.csv", "text/csv",
                (HEADER + csv).getBytes(StandardCharsets.UTF_8)))).andExpect(status().isOk());
    }

    /** Records an event as admin; returns the id of the event it stored (the last of the case's events that day). */
    protected String event(String caseRef, String json) throws Exception {
        JsonNode view = Json.COMPACT.readTree(as("admin", post("/api/v1/cases/{ref}/events", caseRef)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        String date = Json.COMPACT.readTree(json).path("date").asString();
        String id = null;
        for (JsonNode e : view.path("events")) {
            if (e.path("date").asString().equals(date)) {
                id = e.path("id").asString();
            }
        }
        return id;
    }

    /** A result row: a firm of its own ({@code n}), one failed item (empty on a pass), opened when it was checked. */
    static String row(String ref, int n, String district, String category, String result, String checkedOn,
                      String lab, String item) {
        return row(ref, n, district, category, "MUNICIPAL", result, checkedOn, lab, item);
    }

    static String row(String ref, int n, String district, String category, String level, String result,
                      String checkedOn, String lab, String item) {
        return ref + "," + uscc(n) + ",上海某某企业" + n + "," + district + ",PRODUCER,,false," + category + "," + level
                + "," + result + "," + checkedOn + "," + lab + "," + item + "," + checkedOn + "\n";
    }

    static final String KETTLE = "泄漏电流|GB 4706.1-2005|Y";

    static String uscc(int n) {
        String first = String.format("913101150000%05d", n);
        return first + Uscc.checkCharacter(first);
    }

    static JsonNode row(JsonNode report, String district) {
        for (JsonNode r : report.path("districts")) {
            if (district == null ? r.path("district").isNull() : district.equals(r.path("district").asString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + district + " in " + report);
    }

    /**
     * The third quarter of 2026 (cases opened 2026-07-01 to 2026-09-30), worked out by hand in
     * {@code EvaluationFiguresTest}. Filing decisions are due on the 15th working day after the opening (ACT-040):
     * opened 07-01 → 07-22, 07-15 → 08-05, 07-20 → 08-10, 08-03 → 08-24, 09-01 → 09-21 (after the 09-20 make-up day),
     * 09-30 → 10-27 (after the National Day holiday and the 10-10 make-up day). A correction ordered 07-10 is due
     * 09-08 (60 days) and its first re-check 09-23 (75 days).
     */
    void scenario() throws Exception {
        importResults(row("E-P1", 801, "浦东新区", "C0421", "FAIL", "2026-07-01", "SQI", KETTLE)
                + row("E-P2", 802, "浦东新区", "C0421", "FAIL", "2026-07-01", "SQI", "泄漏电流|GB 4706.1-2005|")
                + row("E-P3", 803, "浦东新区", "C0815", "DISTRICT", "FAIL", "2026-08-03", "CQC", "起毛起球|GB/T 4802.1-2008|N")
                + row("E-P4", 804, "浦东新区", "C0421", "FAIL", "2026-08-03", "CQC", KETTLE)
                + row("E-P5", 805, "浦东新区", "C0421", "FAIL", "2026-07-20", "SQI", KETTLE)
                + row("E-P6", 806, "浦东新区", "C0421", "FAIL", "2026-08-03", "CQC", KETTLE)
                + row("E-H1", 811, "黄浦区", "C0815", "FAIL", "2026-07-15", "SQI", "标识|GB 18401-2010|N")
                + row("E-H2", 812, "黄浦区", "C0815", "FAIL", "2026-09-01", "CQC", "甲醛|GB 18401-2010|Y")
                + row("E-H3", 813, "黄浦区", "C0815", "FAIL", "2026-10-01", "CQC", "甲醛|GB 18401-2010|Y")
                + row("E-R1", 814, "黄浦区", "C0421", "FAIL", "2026-08-10", "CQC", KETTLE)
                + row("E-M1", 821, "", "C0421", "FAIL", "2026-09-30", "SQI", KETTLE)
                + row("E-X0", 831, "浦东新区", "C0421", "FAIL", "2026-06-30", "SQI", KETTLE)
                + row("E-OK1", 841, "浦东新区", "C0421", "PASS", "2026-07-05", "SQI", "")
                + row("E-OK2", 842, "黄浦区", "C0815", "PASS", "2026-08-05", "CQC", "")
                + row("E-OK3", 843, "", "C0421", "PASS", "2026-09-10", "SQI", ""));
        // 浦东新区
        event("E-P1", "{\"type\":\"NOTICE_RECEIVED\",\"date\":\"2026-07-03\"}");
        event("E-P1", "{\"type\":\"CORRECTION_ORDERED\",\"date\":\"2026-07-10\"}");
        event("E-P1", "{\"type\":\"DONE\",\"date\":\"2026-07-20\",\"code\":\"FILED\"}");
        event("E-P1", "{\"type\":\"RECHECK\",\"date\":\"2026-09-01\",\"result\":\"PASS\"}");
        event("E-P2", "{\"type\":\"NOTICE_RECEIVED\",\"date\":\"2026-07-03\"}");
        event("E-P2", "{\"type\":\"CORRECTION_ORDERED\",\"date\":\"2026-07-10\"}");
        event("E-P2", "{\"type\":\"RECHECK\",\"date\":\"2026-09-30\",\"result\":\"FAIL\"}");
        event("E-P3", "{\"type\":\"DONE\",\"date\":\"2026-08-20\",\"code\":\"NOT_FILED_APPROVED\"}");
        event("E-P4", "{\"type\":\"CLOSED\",\"date\":\"2026-08-31\",\"reason\":\"企业注销\"}");
        event("E-P6", "{\"type\":\"CLOSED\",\"date\":\"2026-08-24\",\"reason\":\"企业注销\"}");
        event("E-P5", "{\"type\":\"TRANSFERRED\",\"date\":\"2026-08-01\",\"to\":\"MUNICIPAL\",\"reason\":\"指定管辖\"}");
        event("E-P5", "{\"type\":\"DONE\",\"date\":\"2026-08-07\",\"code\":\"FILED\"}");
        // 黄浦区
        event("E-H1", "{\"type\":\"DONE\",\"date\":\"2026-08-10\",\"code\":\"FILED\"}");
        String filed = event("E-H2", "{\"type\":\"DONE\",\"date\":\"2026-09-10\",\"code\":\"FILED\"}");
        event("E-H2", "{\"type\":\"RETRACT\",\"date\":\"2026-09-15\",\"eventId\":\"" + filed
                + "\",\"reason\":\"误录\"}");
        event("E-R1", "{\"type\":\"NOTICE_RECEIVED\",\"date\":\"2026-08-12\"}");
        event("E-R1", "{\"type\":\"RETEST\",\"date\":\"2026-08-20\",\"result\":\"PASS\"}");
    }
}
