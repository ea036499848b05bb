package io.spotcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The auditor's pages: the scorecard with its bars and links down to cases, the bulletin, the downloads. */
class EvaluationPagesTest extends EvaluationWebTest {

    private static final RequestPostProcessor AUDREY = user("audrey").roles("AUDITOR");
    private static final RequestPostProcessor ANN = user("ann").authorities(
            new SimpleGrantedAuthority("ROLE_OFFICER"), new SimpleGrantedAuthority("DISTRICT_浦东新区"));

    /** The page, which must name every label it shows (no unresolved message key). */
    private String page(MockHttpServletRequestBuilder r) throws Exception {
        String html = mvc.perform(r).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("??");
        return html;
    }

    @Test
    @DisplayName("The scorecard, Chinese first: a row per district with every count linked to its cases, four charts, "
            + "the labs, the categories; English on request")
    void scorecard() throws Exception {
        String zh = page(get("/evaluation").param("year", "2026").param("quarter", "3").with(AUDREY));
        String en = page(get("/evaluation").param("year", "2026").param("quarter", "3").param("lang", "en")
                .with(AUDREY));

        assertThat(zh).contains("监督考核", "各区后处理考核", "黄浦区", "浦东新区", "市局", "合计", "立案率", "25.0%",
                "28.6%", "—", "chart-filing", "chart-ontime", "chart-recheck", "chart-overdue", "检验机构", "CQC",
                "需开展质量分析", "C0815", "id=\"nav-evaluation\"");
        assertThat(zh).contains("/evaluation/cases?from=2026-07-01&amp;to=2026-09-30&amp;asOf=2026-11-30&amp;district="
                + "%E6%B5%A6%E4%B8%9C%E6%96%B0%E5%8C%BA&amp;figure=overdue");
        assertThat(zh).contains("/evaluation.xlsx?from=2026-07-01&amp;to=2026-09-30&amp;asOf=2026-11-30",
                "/evaluation/bulletin?year=2026&amp;quarter=3");
        assertThat(zh.indexOf("黄浦区")).isLessThan(zh.indexOf("浦东新区"));
        assertThat(en).contains("Evaluation", "Filing rate", "Municipal bureau", "Total", "Quality analysis due");
    }

    @Test
    @DisplayName("Period pickers: a whole year, a custom period; a custom period ending before it starts says so (400)")
    void periods() throws Exception {
        String year = page(get("/evaluation").param("year", "2026").param("quarter", "0").with(AUDREY));
        String custom = page(get("/evaluation").param("from", "2026-07-01").param("to", "2026-07-31").with(AUDREY));
        String refused = mvc.perform(get("/evaluation").param("from", "2026-08-01").param("to", "2026-07-01")
                .with(AUDREY)).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(year).contains("2026-01-01 至 2026-12-31");
        assertThat(custom).contains("2026-07-01 至 2026-07-31");
        assertThat(refused).contains("role=\"alert\"", "is before from");
    }

    @Test
    @DisplayName("A count opens its cases, each linking to its case page as of the date, with the steps it counts")
    void casesBehindACount() throws Exception {
        String cases = page(get("/evaluation/cases").param("from", Q3_FROM).param("to", Q3_TO)
                .param("asOf", "2026-11-30").param("district", "浦东新区").param("figure", "overdue").with(AUDREY));
        String closed = page(get("/evaluation/cases").param("from", Q3_FROM).param("to", Q3_TO)
                .param("district", "浦东新区").param("figure", "stepsDue").with(AUDREY));

        assertThat(cases).contains("逾期未办", "/register/cases/E-P2?asOf=2026-11-30", "十五个工作日内决定是否立案",
                "期限 2026-07-22");
        assertThat(cases).doesNotContain("E-P1");
        assertThat(closed).contains("E-P4", "结案时仍未办理");
    }

    @Test
    @DisplayName("A district officer's scorecard shows its own district only; a planner is not allowed")
    void whoSeesWhat() throws Exception {
        String ann = page(get("/evaluation").param("year", "2026").param("quarter", "3").with(ANN));

        assertThat(ann).contains("浦东新区").doesNotContain("黄浦区</th>");
        mvc.perform(get("/evaluation").with(user("pat").roles("PLANNER"))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/bulletin").with(user("pat").roles("PLANNER"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("The bulletin prints on A4 (its own print stylesheet) and downloads as XLSX; the scorecard as XLSX")
    void bulletinAndDownloads() throws Exception {
        String bulletin = page(get("/evaluation/bulletin").param("year", "2026").param("quarter", "3").with(AUDREY));

        assertThat(bulletin).contains("2026年第3季度产品质量监督抽查及后处理情况通报", "/assets/css/bulletin.css",
                "本季度共抽查 13 批次，不合格 9 批次", "市级", "区级", "外省市", "/evaluation/bulletin.xlsx?year=2026&amp;quarter=3");
        byte[] xlsx = mvc.perform(get("/evaluation/bulletin.xlsx").param("year", "2026").param("quarter", "3")
                        .with(AUDREY)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"bulletin-2026-Q3.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getFirstSheet().getName()).isEqualTo("概况");
        }
        mvc.perform(get("/evaluation.xlsx").param("from", Q3_FROM).param("to", Q3_TO).with(AUDREY))
                .andExpect(status().isOk());
        mvc.perform(get("/evaluation.xlsx").param("from", Q3_TO).param("to", Q3_FROM).with(AUDREY))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/assets/css/bulletin.css")).andExpect(status().isOk());
    }
}
