package io.spotcheck.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The register's pages: the officer's worklist start page, a case with its forms, the results import (Chinese first). */
class RegisterPagesTest extends RegisterWebTest {

    private static RequestPostProcessor ann() {
        return user("ann").authorities(new SimpleGrantedAuthority("ROLE_OFFICER"),
                new SimpleGrantedAuthority("DISTRICT_浦东新区"));
    }

    private static RequestPostProcessor muni() {
        return user("muni").roles("OFFICER");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("An officer's start page is the worklist: overdue in its own section, each row opening its case")
    void officerStartsAtTheWorklist() throws Exception {
        importResults("muni", HEADER + failedKettle("PG-1", uscc(301), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());

        mvc.perform(get("/").with(ann())).andExpect(redirectedUrl("/register"));
        String worklist = page(get("/register").with(ann()));

        assertThat(worklist).contains("待办清单", "已逾期", "十五个工作日内决定是否立案", "/register/cases/PG-1",
                "上海某某电器有限公司");
        assertThat(worklist.indexOf("section-overdue")).isLessThan(worklist.indexOf("section-due"));
        assertThat(worklist).doesNotContain("DECIDE_FILING<", "Overdue");
    }

    @Test
    @DisplayName("The case list searches by district and the day opened (as typed), and downloads what it finds")
    void caseListSearchesByDistrictAndDayOpenedAndDownloadsIt() throws Exception {
        importResults("muni", HEADER + failedKettle("PG-D1", uscc(311), "黄浦区", "2026-09-10", "2026-09-21")
                + failedKettle("PG-D2", uscc(312), "浦东新区", "2026-09-28", "2026-10-05")).andExpect(status().isOk());

        String huangpu = page(get("/register/cases").param("district", "黄浦区").with(muni()));
        String october = page(get("/register/cases").param("q", "PG-D").param("from", "2026/10/01")
                .param("to", "2026年10月31日").with(muni()));
        String bad = page(get("/register/cases").param("q", "PG-D").param("from", "2026-13-01").with(muni()));
        String csv = mvc.perform(get("/register/cases.csv").param("q", "pg-d").param("to", "2026-09-30")
                .with(muni())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(huangpu).contains("PG-D1").doesNotContain("PG-D2");
        assertThat(october).contains("PG-D2").doesNotContain("PG-D1");
        assertThat(bad).contains("PG-D1", "PG-D2", "日期无法识别");
        assertThat(csv).startsWith("\uFEFF案件编号,企业名称,统一社会信用代码").contains("PG-D1,").doesNotContain("PG-D2")
                .contains("黄浦区", "2026-09-21");
    }

    @Test
    @DisplayName("The worklist filters by step and firm; another district's officer does not see the case")
    void worklistFilters() throws Exception {
        importResults("muni", HEADER + failedKettle("PG-2", uscc(302), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());

        assertThat(page(get("/register").param("code", "DECIDE_FILING").with(ann()))).contains("PG-2");
        assertThat(page(get("/register").param("code", "REVOKE_LICENCE").with(ann()))).doesNotContain("PG-2");
        assertThat(page(get("/register").param("q", uscc(302)).with(ann()))).contains("PG-2");
        assertThat(page(get("/register").with(user("bob").authorities(new SimpleGrantedAuthority("ROLE_OFFICER"),
                new SimpleGrantedAuthority("DISTRICT_黄浦区"))))).doesNotContain("PG-2");
        mvc.perform(get("/register/cases/PG-2").with(user("bob").authorities(
                new SimpleGrantedAuthority("ROLE_OFFICER"), new SimpleGrantedAuthority("DISTRICT_黄浦区"))))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("A case page shows the to-do and a form per event; a form records the event and a bad one says why at the top")
    void caseFormsRecordEvents() throws Exception {
        importResults("muni", HEADER + failedKettle("PG-3", uscc(303), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());
        String view = page(get("/register/cases/PG-3").with(ann()));
        assertThat(view).contains("待办步骤", "登记办理情况", "企业收到检验结论", "type=\"date\"", "应当立案");

        mvc.perform(post("/register/cases/PG-3/events").with(ann()).with(csrf()).param("type", "NOTICE_RECEIVED")
                .param("date", "2026-09-22")).andExpect(redirectedUrl("/register/cases/PG-3"));
        String refused = mvc.perform(post("/register/cases/PG-3/events").with(ann()).with(csrf())
                        .param("type", "RECHECK").param("date", "2026-09-23").param("result", "FAIL"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(refused).contains("未登记，原因如下", "id=\"form-RECHECK\" class=\"event-form\" open=\"open\"");
        assertThat(page(get("/register/cases/PG-3").with(ann()))).contains("企业收到检验结论", "2026-09-22");
    }

    @Test
    @DisplayName("An auditor reads a case without any form; a planner is not allowed")
    void auditorsRead() throws Exception {
        importResults("muni", HEADER + failedKettle("PG-4", uscc(304), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());

        assertThat(page(get("/register/cases/PG-4").with(user("audrey").roles("AUDITOR"))))
                .doesNotContain("登记办理情况");
        mvc.perform(get("/register").with(user("pat").roles("PLANNER"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("The import page shows what was stored and the cases opened, or every problem with its line and column")
    void importPage() throws Exception {
        String good = HEADER + failedKettle("PG-5", uscc(305), "浦东新区", "2026-09-10", "2026-09-21");
        String done = mvc.perform(multipart("/register/results").file(new MockMultipartFile("results.csv",
                        "results.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8))).with(muni()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(done).contains("已导入", "/register/cases/PG-5");

        String bad = HEADER + failedKettle("PG-6", "91310115MA1K3YJ575", "浦东新区", "2026-09-10", "2026-09-21");
        String refused = mvc.perform(multipart("/register/results").file(new MockMultipartFile("results.csv",
                        "results.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8))).with(muni()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("文件未导入", "results.csv:2:2");
    }

    @Test
    @DisplayName("The worklist downloads as a workbook: Chinese headers, each step's name beside its code")
    void worklistWorkbook() throws Exception {
        importResults("muni", HEADER + failedKettle("PG-7", uscc(307), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());

        byte[] xlsx = mvc.perform(get("/register/worklist.xlsx").with(ann())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        String csv = mvc.perform(get("/register/worklist.csv").with(ann())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] due = csv.lines().filter(l -> l.startsWith("PG-7,") && l.contains(",DECIDE_FILING,")).findFirst()
                .orElseThrow().split(",");

        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("案件编号");
            assertThat(rows.get(0).getCellText(5)).isEqualTo("步骤");
            assertThat(rows.get(0).getCellText(7)).isEqualTo("截止日期");
            assertThat(rows.stream().skip(1).filter(r -> r.getCellText(0).equals("PG-7")
                    && r.getCellText(4).equals("DECIDE_FILING")).findFirst()).hasValueSatisfying(r -> {
                        assertThat(r.getCellText(5)).isEqualTo("十五个工作日内决定是否立案");
                        assertThat(r.getCellText(8)).isEqualTo("已逾期");
                        // the dates are date cells (Excel sorts and filters them as dates), the CSV's dates
                        assertThat(r.getCell(6).getDataFormatString()).isEqualTo("yyyy-mm-dd");
                        assertThat(r.getCell(6).asDate().toLocalDate()).hasToString(due[5]);
                        assertThat(r.getCell(7).getDataFormatString()).isEqualTo("yyyy-mm-dd");
                        assertThat(r.getCell(7).asDate().toLocalDate()).hasToString(due[6]);
                    });
        }
    }

    /** Words of four or more lower-case ASCII letters in the page's visible text outside {@code <code>} (none in Chinese). */
    private static java.util.List<String> englishWords(String html) {
        String body = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
        String text = body.replaceAll("(?s)<code[^>]*>.*?</code>", " ").replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]+>", " ");
        var m = java.util.regex.Pattern.compile("\\b[a-z]{4,}\\b").matcher(text);
        java.util.List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    @Test
    @DisplayName("Refusals read in Chinese on the Chinese pages: events (400, 409, 422), a date before the case opened, the import's rows, a refused filter")
    void refusalsInChinese() throws Exception {
        importResults("muni", HEADER + failedKettle("PG-8", uscc(308), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());
        mvc.perform(post("/register/cases/PG-8/events").with(ann()).with(csrf()).param("type", "NOTICE_RECEIVED")
                .param("date", "2026-09-22")).andExpect(redirectedUrl("/register/cases/PG-8"));

        String future = mvc.perform(post("/register/cases/PG-8/events").with(ann()).with(csrf())
                        .param("type", "CORRECTION_ORDERED").param("date", "2026-12-05"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(future).contains("未登记，原因如下", "晚于今天");
        assertThat(englishWords(future)).isEmpty();

        String again = mvc.perform(post("/register/cases/PG-8/events").with(ann()).with(csrf())
                        .param("type", "NOTICE_RECEIVED").param("date", "2026-09-23"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("该类记录已登记且有效");
        assertThat(englishWords(again)).isEmpty();

        String notFiled = mvc.perform(post("/register/cases/PG-8/events").with(ann()).with(csrf())
                        .param("type", "DONE").param("date", "2026-09-25").param("code", "NOT_FILED_APPROVED"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notFiled).contains("该案件应当立案");
        assertThat(englishWords(notFiled)).isEmpty();

        String order = mvc.perform(post("/register/cases/PG-8/events").with(ann()).with(csrf())
                        .param("type", "RECHECK").param("date", "2026-09-23").param("result", "FAIL"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(englishWords(order)).isEmpty();

        String early = mvc.perform(get("/register/cases/PG-8").param("asOf", "2026-09-01").with(ann()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(early).contains("无法按该日期显示", "早于案件开立日期", "PG-8");
        assertThat(englishWords(early)).isEmpty();

        String bad = HEADER + "PG-9," + uscc(309) + ",上海某某电器有限公司,浦东新区,PRODUCER,,FALSE,DR-03,MUNICIPAL,FAIL,"
                + "2026-12-01,SQI,泄漏电流|GB 4706.1-2005|Y,\n";
        String refused = mvc.perform(multipart("/register/results").file(new MockMultipartFile("results.csv",
                        "results.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8))).with(muni()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("results.csv:2:7 industry_leader", "results.csv:2:11 checked_on", "晚于今天");
        assertThat(englishWords(refused)).isEmpty();

        String filter = page(get("/register").param("district", "火星区").with(muni()));
        assertThat(filter).contains("筛选条件有误", "不是上海市的 16 个区之一");
        assertThat(englishWords(filter)).isEmpty();
    }

    @Test
    @DisplayName("Only those who may import see the import link and form; a district officer reads who imports instead")
    void importIsForTheMunicipalBureau() throws Exception {
        assertThat(page(get("/register").with(muni()))).contains("/register/results");
        assertThat(page(get("/register").with(ann()))).doesNotContain("/register/results");
        String form = page(get("/register/results").with(ann()));
        assertThat(form).contains("检验结果由市局导入").doesNotContain("id=\"results-file\"");
        assertThat(page(get("/register/results").with(muni()))).contains("id=\"results-file\"");
    }
}
