package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.targeting.PlanRequest;
import io.spotcheck.targeting.Planner;
import io.spotcheck.targeting.Progress;
import io.spotcheck.boot.SpotcheckApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The planner's pages: upload or samples, the summary with its charts and table, the CSV as the planner makes it. */
@SpringBootTest(classes = SpotcheckApplication.class)
@AutoConfigureMockMvc
class PlanPagesTest {

    private static final Path SAMPLES = Path.of("samples/plan");

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog log;
    @Autowired
    RuleBase rules;

    private static MockMultipartHttpServletRequestBuilder upload(String... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/plans");
        for (String f : files) {
            request.file(new MockMultipartFile(f, f, "text/csv", Files.readAllBytes(SAMPLES.resolve(f))));
        }
        request.with(user("planner").roles("PLANNER")).with(csrf());
        return request;
    }

    private String planId(MockMultipartHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/plans/");
        return location.substring("/plans/".length());
    }

    private String expectedCsv(int budget) throws Exception {
        Planner planner = new Planner(rules, 1_000_000);
        return planner.plan(new PlanRequest(2027, budget, "20270101", null),
                name -> Files.exists(SAMPLES.resolve(name)) ? Files.newInputStream(SAMPLES.resolve(name)) : null,
                Progress.NONE).csv();
    }

    @Test
    void uploadedFilesMakeThePlanTheCommandLineMakes() throws Exception {
        String id = planId(upload("catalogue.csv", "firms.csv", "history.csv", "signals.csv", "inspectors.csv")
                .param("year", "2027").param("budget", "120").param("seed", "20270101"));
        assertThat(log.find(id).orElseThrow().requestedBy()).isEqualTo("planner");
        byte[] csv = mvc.perform(get("/plans/" + id + "/plan.csv").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + expectedCsv(120));
        byte[] xlsx = mvc.perform(get("/plans/" + id + "/plan.xlsx").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getFirstSheet().read()).hasSize(121).first()
                    .satisfies(r -> assertThat(r.getCellText(1)).isEqualTo("企业名称"));
        }
    }

    @Test
    void theSummaryShowsCoverageChartsExclusionsQualityAnalysisAndTheBatches() throws Exception {
        String id = planId(upload().param("useSamples", "true").param("year", "2027").param("budget", "120")
                .param("seed", "20270101"));
        mvc.perform(get("/plans/" + id).with(user("planner").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<svg id=\"chart-tier\"")))
                .andExpect(content().string(Matchers.containsString("<svg id=\"chart-reason\"")))
                .andExpect(content().string(Matchers.containsString("<svg id=\"chart-district\"")))
                .andExpect(content().string(Matchers.containsString("一级风险产品类别")))
                .andExpect(content().string(Matchers.containsString("六个月内已被国家或市级抽查")))
                .andExpect(content().string(Matchers.containsString("DX-01")))
                .andExpect(content().string(Matchers.containsString("符合条件的批次：120<")))
                .andExpect(content().string(Matchers.containsString("第 1 页，共 2 页")))
                .andExpect(content().string(Matchers.containsString("page=1\">下一页</a>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">上一页</a>"))))
                .andExpect(content().string(Matchers.containsString("2027 年度抽查计划")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        String csv = expectedCsv(120);
        long priority = csv.lines().filter(l -> l.contains(",PRIORITY,")).count();
        assertThat(priority).isPositive();
        mvc.perform(get("/plans/" + id).param("tier", "PRIORITY").with(user("planner").roles("PLANNER")))
                .andExpect(content().string(Matchers.containsString("符合条件的批次：" + priority + "<")));
    }

    @Test
    void aBadFileIsNamedWithItsLineAndNothingIsStored() throws Exception {
        long before = log.list(io.spotcheck.audit.AuditRecord.Kind.PLAN, null, null, null, 0, 1).total();
        MockMultipartHttpServletRequestBuilder request = upload("catalogue.csv", "history.csv");
        request.file(new MockMultipartFile("firms.csv", "firms.csv", "text/csv",
                ("uscc,name,district,role,credit_risk,category_codes,industry_leader,reachable\n"
                        + "91310105MA2KUNKN0X,某公司,长宁区,PRODUCER,A,FZ-01,false,true\n"
                        + "91310105MA2KUNKN0C,另一公司,黄浦区,PRODUCER,A,ZZ-99,false,true\n").getBytes(StandardCharsets.UTF_8)));
        String page = mvc.perform(request.param("year", "2027").param("budget", "10").param("seed", "s"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("firms.csv:2:1 uscc")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("校验位是“X”", "firms.csv:3:6 category_codes", "不在产品目录中。");
        java.util.regex.Matcher english = CasePagesTest.ENGLISH_WORD.matcher(CasePagesTest.visibleText(page));
        assertThat(english.find()).as("English on the refused plan form: %s",
                english.hitEnd() ? "" : page.substring(0, 0) + english.group()).isFalse();
        assertThat(log.list(io.spotcheck.audit.AuditRecord.Kind.PLAN, null, null, null, 0, 1).total())
                .isEqualTo(before);
    }

    @Test
    void theFilesOfARefusedFormAreKeptForTheNextAttemptOfTheSameUserOnly() throws Exception {
        String refused = mvc.perform(upload("catalogue.csv", "firms.csv", "history.csv", "signals.csv")
                        .param("year", "2027").param("budget", "").param("seed", "kept"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        java.util.Map<String, String> tokens = new java.util.HashMap<>();
        java.util.regex.Matcher hidden = java.util.regex.Pattern.compile(
                "name=\"kept-([a-z]+\\.csv)\" value=\"([0-9a-f-]{36})\"").matcher(refused);
        while (hidden.find()) {
            tokens.put(hidden.group(1), hidden.group(2));
        }
        assertThat(tokens).containsOnlyKeys("catalogue.csv", "firms.csv", "history.csv", "signals.csv");
        assertThat(refused).contains("已保留上次上传的此文件");

        MockMultipartHttpServletRequestBuilder other = multipart("/plans");
        tokens.forEach((f, t) -> other.param("kept-" + f, t));
        mvc.perform(other.param("year", "2027").param("budget", "30").param("seed", "kept")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"file-catalogue-csv-error\"")));
        MockMultipartHttpServletRequestBuilder again = multipart("/plans");
        tokens.forEach((f, t) -> again.param("kept-" + f, t));
        again.param("drop-signals.csv", "true");
        String id = planId(again.param("year", "2027").param("budget", "30").param("seed", "kept")
                .with(user("planner").roles("PLANNER")).with(csrf()));

        String summary = log.find(id).orElseThrow().response();
        assertThat(summary).contains("\"batches\":30");
        assertThat(log.find(id).orElseThrow().request()).contains("\"seed\":\"kept\"");
    }

    @Test
    void missingParametersAndFilesAreNamed() throws Exception {
        mvc.perform(upload().param("year", "20x7").param("budget", "").param("seed", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"f-year-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"f-budget-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"f-seed-error\"")));
        mvc.perform(upload().param("year", "2027").param("budget", "10").param("seed", "s"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"file-catalogue-csv-error\"")));
    }

    @Test
    void aBudgetTooSmallForTheMandatoryPartSaysHowManyItNeeds() throws Exception {
        mvc.perform(upload().param("useSamples", "true").param("year", "2027").param("budget", "1")
                        .param("seed", "s"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("无法编制计划")))
                .andExpect(content().string(Matchers.matchesPattern(
                        "(?s).*计划的必抽部分需要 \\d+ 个批次，批次预算只有 1 个.*")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("the mandatory part"))));
    }

    @Test
    void pastPlansAreListed() throws Exception {
        String id = planId(upload().param("useSamples", "true").param("year", "2027").param("budget", "50")
                .param("seed", "listed"));
        mvc.perform(get("/plans").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/plans/" + id)));
    }

    @Test
    void theBatchTableShowsNamesBesideCodesUnderChineseHeadersWithDistrictsInTheOfficialOrder() throws Exception {
        String id = planId(upload("catalogue.csv", "firms.csv", "history.csv", "signals.csv", "inspectors.csv")
                .param("year", "2027").param("budget", "120").param("seed", "20270101"));

        String page = mvc.perform(get("/plans/" + id).param("district", "浦东新区")
                        .with(user("planner").roles("PLANNER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String table = page.substring(page.indexOf("id=\"batch-table\""), page.indexOf("</table>", page.indexOf("id=\"batch-table\"")));
        assertThat(table).contains("<th scope=\"col\">统一社会信用代码</th>", "抽样员").doesNotContain(">USCC<");
        assertThat(table).containsPattern("<span class=\"name\">[^<]+</span> <code>[A-Z]+-\\d+</code>");
        String select = page.substring(page.indexOf("id=\"filter-district\""));
        select = select.substring(0, select.indexOf("</select>"));
        List<String> shown = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("value=\"([^\"]+)\"").matcher(select);
        while (m.find()) {
            shown.add(m.group(1));
        }
        List<String> official = io.spotcheck.casefile.Districts.SHANGHAI.stream().filter(shown::contains).toList();
        assertThat(shown.subList(0, official.size())).isEqualTo(official);
        assertThat(page).contains("/plans/" + id + "/batches.csv?tier=&amp;reason=&amp;district=%E6%B5%A6");
    }

    @Test
    void theFilteredBatchesDownloadAsCsvWithTheirNames() throws Exception {
        String id = planId(upload("catalogue.csv", "firms.csv", "history.csv", "signals.csv", "inspectors.csv")
                .param("year", "2027").param("budget", "120").param("seed", "20270101"));

        byte[] body = mvc.perform(get("/plans/" + id + "/batches.csv").param("tier", "MANDATORY")
                        .with(user("planner").roles("PLANNER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        String csv = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFuscc,name,district,category_code,category_name,tier,reasons,"
                + "inspectors,inspector_names");
        assertThat(lines).hasSize(1 + 23);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(",MANDATORY,", "抽样员"));
    }
}
