package io.spotcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.shared.Json;
import io.spotcheck.targeting.PlanParameters;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The cases behind each figure, the workbooks read back, the quarterly bulletin and the quality-analysis boundary. */
class EvaluationReportsTest extends EvaluationWebTest {

    private static final List<String> FIELDS = List.of("cases", "mustFile", "filed", "filingRate", "notFiledApproved",
            "stepsDue", "stepsOnTime", "onTimeRate", "overdue", "rechecked", "recheckPassed", "recheckPassRate",
            "closed");

    @Autowired
    RuleBase rules;

    private JsonNode listing(String user, String district, String figure) throws Exception {
        return json(user, get("/api/v1/evaluation/cases").param("from", Q3_FROM).param("to", Q3_TO)
                .param("district", district).param("figure", figure));
    }

    private JsonNode q3() throws Exception {
        return json("audrey", get("/api/v1/evaluation").param("from", Q3_FROM).param("to", Q3_TO));
    }

    @Test
    @DisplayName("Every count of every row lists down to cases whose counts add up to it; a rate to its denominator's")
    void everyFigureListsItsCases() throws Exception {
        JsonNode report = q3();
        List<JsonNode> rows = new ArrayList<>();
        report.path("districts").forEach(rows::add);
        rows.add(report.path("total"));

        for (JsonNode row : rows) {
            String district = row == report.path("total") ? "" : row.path("district").isNull() ? "MUNICIPAL"
                    : row.path("district").asString();
            for (String figure : FIELDS) {
                JsonNode listing = listing("audrey", district, figure);
                int count = 0;
                int hits = 0;
                for (JsonNode c : listing.path("cases")) {
                    count += c.path("count").asInt();
                    hits += c.path("hits").asInt();
                }
                assertThat(listing.path("value")).as(district + " " + figure).isEqualTo(row.path(figure));
                if (figure.endsWith("Rate")) {
                    assertThat(listing.path("value").isNull() ? null : listing.path("value").asDouble())
                            .as(district + " " + figure).isEqualTo(count == 0 ? null : (double) hits / count);
                } else {
                    assertThat(count).as(district + " " + figure).isEqualTo(row.path(figure).asInt());
                }
            }
        }
    }

    @Test
    @DisplayName("The cases behind a figure: which cases, which steps; MUNICIPAL names the municipal bureau's row")
    void casesBehindAFigure() throws Exception {
        JsonNode overdue = listing("audrey", "浦东新区", "overdue");
        JsonNode municipal = listing("audrey", "MUNICIPAL", "cases");
        JsonNode filing = listing("audrey", "", "filingRate");
        JsonNode stepsDue = listing("audrey", "浦东新区", "stepsDue");

        assertThat(Json.compact(overdue.path("cases"))).isEqualTo("[{\"caseRef\":\"E-P2\",\"uscc\":\"" + uscc(802)
                + "\",\"firmName\":\"上海某某企业802\",\"district\":\"浦东新区\",\"status\":\"OPEN\",\"openedOn\":"
                + "\"2026-07-01\",\"count\":1,\"steps\":[{\"code\":\"DECIDE_FILING\",\"due\":\"2026-07-22\","
                + "\"onTime\":false,\"kind\":\"OVERDUE\"}]}]");
        assertThat(municipal.path("district").asString()).isEqualTo("MUNICIPAL");
        assertThat(municipal.path("cases").valueStream().map(c -> c.path("caseRef").asString()).toList())
                .containsExactly("E-P5", "E-M1");
        assertThat(filing.path("cases").valueStream().map(c -> c.path("caseRef").asString() + ":"
                + c.path("hits").asInt()).toList())
                .containsExactly("E-P1:1", "E-P2:0", "E-P5:1", "E-P4:0", "E-P6:0", "E-H2:0", "E-M1:0");
        assertThat(stepsDue.path("cases").valueStream().filter(c -> c.path("caseRef").asString().equals("E-P4"))
                .findFirst().orElseThrow().path("steps").get(0).path("kind").asString()).isEqualTo("OPEN_AT_CLOSE");
    }

    @Test
    @DisplayName("Another district's officer lists nothing of it; an unknown figure or district is 400 naming it")
    void listingRefusals() throws Exception {
        JsonNode bob = listing("bob", "浦东新区", "cases");

        assertThat(bob.path("cases")).isEmpty();
        assertThat(bob.path("value").asInt()).isZero();
        as("audrey", get("/api/v1/evaluation/cases").param("from", Q3_FROM).param("to", Q3_TO)
                .param("figure", "speed")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("figure"));
        as("audrey", get("/api/v1/evaluation/cases").param("from", Q3_FROM).param("to", Q3_TO)
                .param("district", "火星区").param("figure", "cases")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("district"));
    }

    @Test
    @DisplayName("evaluation.xlsx: one sheet per table with Chinese headers, and the JSON's numbers, rates unrounded")
    void workbookReadBack() throws Exception {
        JsonNode report = q3();
        byte[] xlsx = as("audrey", get("/api/v1/evaluation.xlsx").param("from", Q3_FROM).param("to", Q3_TO))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = book.getSheets().toList();
            assertThat(sheets.stream().map(s -> s.getName()).toList())
                    .containsExactly("区县考核", "检验机构", "产品类别", "说明");
            List<Row> districts = sheets.get(0).read();
            assertThat(districts.get(0).getCellText(0)).isEqualTo("区");
            assertThat(districts.get(0).getCellText(4)).isEqualTo("立案率");
            assertThat(districts.stream().skip(1).map(r -> r.getCellText(0)).toList())
                    .containsExactly("黄浦区", "浦东新区", Workbooks.MUNICIPAL_ZH, "合计");
            List<JsonNode> rows = new ArrayList<>();
            report.path("districts").forEach(rows::add);
            rows.add(report.path("total"));
            for (int r = 0; r < rows.size(); r++) {
                for (int f = 0; f < FIELDS.size(); f++) {
                    JsonNode expected = rows.get(r).path(FIELDS.get(f));
                    var cell = districts.get(r + 1).getCellAsNumber(f + 1);
                    assertThat(cell.map(BigDecimal::doubleValue).orElse(null)).as(r + " " + FIELDS.get(f))
                            .isEqualTo(expected.isNull() ? null : expected.asDouble());
                }
            }
            List<Row> labs = sheets.get(1).read();
            assertThat(labs.get(0).getCellText(0)).isEqualTo("检验机构");
            assertThat(labs.get(1).getCellText(0)).isEqualTo("CQC");
            assertThat(labs.get(1).getCellAsNumber(3).orElseThrow().doubleValue()).isEqualTo(4.0 / 6);
            List<Row> categories = sheets.get(2).read();
            assertThat(categories.get(0).getCellText(4)).isEqualTo("需开展质量分析");
            assertThat(categories.get(2).getCellText(0)).isEqualTo("C0815");
            assertThat(categories.get(2).getCellText(4)).isEqualTo("否");
        }
    }

    @Test
    @DisplayName("The quarterly bulletin: batches by level, district and lab, the analyses due, the handling; as XLSX")
    void quarterlyBulletin() throws Exception {
        JsonNode b = json("audrey", get("/api/v1/evaluation/bulletin").param("year", "2026").param("quarter", "3"));

        assertThat(b.path("evaluation").path("from").asString()).isEqualTo(Q3_FROM);
        assertThat(b.path("evaluation").path("to").asString()).isEqualTo(Q3_TO);
        assertThat(b.path("evaluation")).isEqualTo(q3());
        // 13 results in the quarter, 9 failed (E-R1 overturned), 7 on health or safety.
        assertThat(Json.compact(b.path("overall"))).isEqualTo("{\"key\":\"total\",\"batches\":13,\"failures\":9,"
                + "\"failureRate\":0.6923076923076923,\"safetyFailures\":7}");
        assertThat(b.path("byLevel").valueStream().map(t -> t.path("key").asString() + ":" + t.path("batches")
                .asInt()).toList()).containsExactly("MUNICIPAL:12", "DISTRICT:1");
        assertThat(b.path("byDistrict").valueStream().map(t -> t.path("key").asString() + ":"
                + t.path("failures").asInt() + "/" + t.path("batches").asInt()).toList())
                .containsExactly("黄浦区:2/4", "浦东新区:6/7", "MUNICIPAL:1/2");

        byte[] xlsx = as("audrey", get("/api/v1/evaluation/bulletin.xlsx").param("year", "2026").param("quarter", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = book.getSheets().toList();
            assertThat(sheets.stream().map(s -> s.getName()).toList()).containsExactly("概况", "按抽查层级", "按区",
                    "检验机构", "按产品类别", "需开展质量分析的品类", "后处理情况");
            assertThat(sheets.get(0).read().get(1).getCellText(1)).isEqualTo("2026年第3季度（2026-07-01 至 2026-09-30）");
            // 统计日 is a date cell
            assertThat(sheets.get(0).read().get(2).getCellText(0)).isEqualTo("统计日");
            assertThat(sheets.get(0).read().get(2).getCell(1).asDate().toLocalDate()).hasToString("2026-11-30");
            assertThat(sheets.get(0).read().get(3).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(13);
            assertThat(sheets.get(1).read().get(1).getCellText(0)).isEqualTo("市级监督抽查");
            assertThat(sheets.get(2).read().get(3).getCellText(0)).isEqualTo("外省市企业");
            assertThat(sheets.get(6).read().get(0).getCellText(1)).isEqualTo("案件数");
        }
        as("audrey", get("/api/v1/evaluation/bulletin").param("year", "2026").param("quarter", "5"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quarter"));
    }

    @Test
    @DisplayName("TGT-040 on the plan's parameters: the minimum batches at the threshold rate is due; one batch fewer, "
            + "or one failure fewer, is not")
    void qualityAnalysisBoundary() throws Exception {
        PlanParameters p = rules.data(PlanParameters.class, PlanParameters::from);
        int min = p.qualityAnalysisMinBatches();
        int fails = (int) Math.ceil(p.qualityAnalysisFailureRate() * min);
        StringBuilder csv = new StringBuilder();
        int n = 2000;
        n = batches(csv, "QA-A", "C0998", min, fails, n);
        n = batches(csv, "QA-B", "C0997", min - 1, min - 1, n);
        batches(csv, "QA-C", "C0996", min, fails - 1, n);
        importResults(csv.toString());

        JsonNode report = json("audrey", get("/api/v1/evaluation").param("from", "2025-03-01")
                .param("to", "2025-03-31"));

        assertThat(report.path("categories").valueStream().map(c -> c.path("categoryCode").asString() + ":"
                + c.path("qualityAnalysisDue").asBoolean()).toList())
                .containsExactly("C0996:false", "C0997:false", "C0998:true");
    }

    /** {@code batches} results of {@code category} checked in March 2025, the first {@code failed} of them failed. */
    private static int batches(StringBuilder csv, String prefix, String category, int batches, int failed, int n) {
        for (int i = 0; i < batches; i++) {
            boolean fail = i < failed;
            csv.append(row(prefix + "-" + i, n++, "闵行区", category, fail ? "FAIL" : "PASS", "2025-03-10", "SQI",
                    fail ? "标识|GB/T 5296.1-2012|N" : ""));
        }
        return n;
    }
}
