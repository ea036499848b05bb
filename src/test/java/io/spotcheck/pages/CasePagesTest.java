package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditWriter;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.boot.SpotcheckApplication;
import java.nio.file.Files;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The case officer's pages: the form decides through the audited decider; problems are shown at their inputs. */
@SpringBootTest(classes = SpotcheckApplication.class)
@AutoConfigureMockMvc
class CasePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog log;
    @Autowired
    AuditWriter writer;

    private static MockHttpServletRequestBuilder officer(MockHttpServletRequestBuilder request) {
        return request.with(user("officer").roles("OFFICER")).with(csrf());
    }

    /** A kettle producer in Minhang with an unmarked mandatory-standard failure: serious, so MUST_FILE. */
    private static MockHttpServletRequestBuilder kettleCase(String caseRef, String... overrides) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("caseRef", caseRef);
        p.put("asOf", "2027-03-15");
        p.put("firm.uscc", "91310112MA1GBUL01W");
        p.put("firm.name", "上海闵电厨房电器有限公司");
        p.put("firm.district", "闵行区");
        p.put("firm.role", "PRODUCER");
        p.put("firm.creditRisk", "");
        p.put("spotChecks[0].year", "2027");
        p.put("spotChecks[0].level", "MUNICIPAL");
        p.put("spotChecks[0].categoryCode", "DR-03");
        p.put("spotChecks[0].result", "FAIL");
        p.put("spotChecks[0].failedItems[0].item", "");
        p.put("spotChecks[0].failedItems[1].item", "对触及带电部件的防护");
        p.put("spotChecks[0].failedItems[1].standard", "GB 4706.19-2008");
        p.put("spotChecks[0].noticeReceived", "2027-03-02");
        for (int i = 0; i < overrides.length; i += 2) {
            p.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = officer(post("/cases/new"));
        p.forEach(request::param);
        return request;
    }

    @Test
    void theFormDecidesStoresWhoAskedAndShowsTheDecisionWithItsBasis() throws Exception {
        String location = mvc.perform(kettleCase("PAGE-MUST-FILE")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/decisions/");
        String id = location.substring("/decisions/".length());
        AuditRecord stored = log.find(id).orElseThrow();
        assertThat(stored.requestedBy()).isEqualTo("officer");
        assertThat(stored.response()).contains("\"filing\":\"MUST_FILE\"");

        mvc.perform(get(location).with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"filing-code\">MUST_FILE<")))
                .andExpect(content().string(Matchers.containsString("应当立案")))
                .andExpect(content().string(Matchers.containsString("FIL-010")))
                .andExpect(content().string(Matchers.containsString("市场监督管理行政处罚程序规定 第十八条")))
                .andExpect(content().string(Matchers.containsString("2027-03-17")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get(location + "?lang=en").with(user("officer").roles("OFFICER")))
                .andExpect(content().string(Matchers.containsString("A case must be filed")))
                .andExpect(content().string(Matchers.containsString("A case with a filing obligation must be filed")));
    }

    @Test
    void theFormOffersTheNewFindingsAndTheObjectionRetest() throws Exception {
        mvc.perform(get("/cases/new").with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"FORGED_CERTIFICATION_MARK\"")))
                .andExpect(content().string(Matchers.containsString("value=\"UNCERTIFIED_CCC_PRODUCT\"")))
                .andExpect(content().string(Matchers.containsString("value=\"UNLICENSED_PRODUCTION\"")))
                .andExpect(content().string(Matchers.containsString("name=\"spotChecks[0].retest.date\"")))
                .andExpect(content().string(Matchers.containsString("name=\"spotChecks[0].retest.result\"")))
                .andExpect(content().string(Matchers.containsString("复检日期")));
    }

    @Test
    void aPassedRetestFromTheFormDecidesAsAPassedCheck() throws Exception {
        String location = mvc.perform(kettleCase("PAGE-RETEST", "spotChecks[0].retest.date", "2027-03-10",
                "spotChecks[0].retest.result", "PASS").param("findings", "UNLICENSED_PRODUCTION"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        AuditRecord stored = log.find(location.substring("/decisions/".length())).orElseThrow();

        assertThat(stored.response()).contains("\"serious\":false", "\"filing\":\"MUST_FILE\"")
                .doesNotContain("STOP_SALE", "SERVE_NOTICE");
        mvc.perform(get(location).with(user("officer").roles("OFFICER")))
                .andExpect(content().string(Matchers.containsString("复检（结论为最终结论）")))
                .andExpect(content().string(Matchers.containsString("FIL-005")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void anUnservedFailureShowsTheServeNoticeStep() throws Exception {
        String location = mvc.perform(kettleCase("PAGE-SERVE", "spotChecks[0].noticeReceived", ""))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(user("officer").roles("OFFICER")))
                .andExpect(content().string(Matchers.containsString("送达检验报告、告知权利义务、现场调查")));
    }

    @Test
    void problemsAreShownAtTheInputsTheyBelongToAndNothingIsStored() throws Exception {
        long before = log.list(AuditRecord.Kind.DECISION, "PAGE-BAD", null, null, 0, 10).total();
        mvc.perform(kettleCase("PAGE-BAD", "firm.uscc", "91310112MA1GBUL01X", "asOf", "2027-02-30",
                        "spotChecks[0].failedItems[1].standard", "XYZ"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"f-firm-uscc-error\"")))
                .andExpect(content().string(Matchers.containsString("校验位是“X”")))
                .andExpect(content().string(Matchers.containsString("id=\"f-asOf-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"f-spotChecks-0-failedItems-1-standard-error\"")))
                .andExpect(content().string(Matchers.containsString("value=\"上海闵电厨房电器有限公司\"")));
        assertThat(log.list(AuditRecord.Kind.DECISION, "PAGE-BAD", null, null, 0, 10).total()).isEqualTo(before);
    }

    @Test
    void pastedJsonDecidesLikeTheApi() throws Exception {
        String json = Files.readString(java.nio.file.Path.of("samples/cases").resolve("05-toy-producer-sharp-edges-listed.json"));
        String location = mvc.perform(officer(post("/cases/json")).param("json", json))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/decisions/".length());
        assertThat(log.find(id).orElseThrow().response()).contains("SERIOUS_DISHONESTY");
    }

    @Test
    void pastedJsonWithProblemsListsThemWithTheirPaths() throws Exception {
        mvc.perform(officer(post("/cases/json")).param("json", "{\"firm\": {\"uscc\": 5}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("firm.uscc")))
                .andExpect(content().string(Matchers.containsString("类型不对")));
    }

    @Test
    void pastDecisionsAreSearchableByCaseReference() throws Exception {
        mvc.perform(kettleCase("PAGE-SEARCH-1")).andExpect(status().isFound());
        mvc.perform(kettleCase("PAGE-OTHER-2")).andExpect(status().isFound());
        mvc.perform(get("/decisions").param("caseRef", "PAGE-SEARCH-1").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">PAGE-SEARCH-1<")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">PAGE-OTHER-2<"))));
    }

    @Test
    void anUnknownDecisionIsANotFoundPage() throws Exception {
        mvc.perform(get("/decisions/nope").with(user("officer").roles("OFFICER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(Matchers.containsString("没有这个页面或记录")));
    }

    @Test
    void anAuditorReplaysADecisionAndSeesItReproduced() throws Exception {
        String location = mvc.perform(kettleCase("PAGE-REPLAY")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/replay").with(user("auditor").roles("AUDITOR")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("结果完全一致")))
                .andExpect(content().string(Matchers.containsString("与记录一致")));
        mvc.perform(post(location + "/replay").with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReplayThatDiffersShowsTheFieldStoredAndReplayedSideBySide() throws Exception {
        String location = mvc.perform(kettleCase("PAGE-DIFF")).andReturn().getResponse().getRedirectedUrl();
        AuditRecord original = log.find(location.substring("/decisions/".length())).orElseThrow();
        String id = java.util.UUID.randomUUID().toString();
        writer.append(new AuditWriter.Entry(id, AuditRecord.Kind.DECISION, "PAGE-DIFF", original.asOf(),
                original.rulesetVersion(), "officer", original.request(),
                original.response().replace(original.id(), id).replace("\"MUST_FILE\"", "\"NOT_APPLICABLE\""), null));
        String page = mvc.perform(post("/decisions/" + id + "/replay").with(user("auditor").roles("AUDITOR"))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("结果不一致", "1 个字段不同", "data-field=\"filing\"", "<th scope=\"row\">立案</th>",
                "<li class=\"removed\"><span>不涉及立案</span>", "<li class=\"added\"><span>应当立案</span>",
                "（重放新增）");
        java.util.regex.Matcher english = ENGLISH_WORD.matcher(visibleText(page.replaceAll(
                "(?s)<details class=\"json-details\">.*?</details>", "")));
        assertThat(english.find()).as("English on the replay page").isFalse();
    }

    /** The visible text of a page: tags, <code> elements, scripts and styles removed. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+lang=\"en\"[^>]*>[^<]*<", "<")
                .replaceAll("<span class=\"user\">[^<]*<", "<").replace("Spotcheck", "").replaceAll("(?s)<code[^>]*>.*?</code>", "")
                .replaceAll("(?s)<pre[^>]*>.*?</pre>", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<datalist.*?</datalist>", "").replaceAll("<[^>]+>", " ")
                .replace("&quot;", "\"").replace("&amp;", "&").replace("&#39;", "'");
    }

    static final java.util.regex.Pattern ENGLISH_WORD = java.util.regex.Pattern.compile("[a-z]{4,}");

    @Test
    void theDecisionReadsInChineseThroughoutWithCodesOnlyInCodeElements() throws Exception {
        String location = mvc.perform(kettleCase("PAGE-ZH")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();

        String page = mvc.perform(get(location).with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String visible = visibleText(page).replace("officer", ""); // a user's name, not English text
        java.util.regex.Matcher english = ENGLISH_WORD.matcher(visible);
        assertThat(english.find()).as(english.hitEnd() ? "" : visible.substring(Math.max(0, english.start() - 60),
                Math.min(visible.length(), english.end() + 60))).isFalse();
        assertThat(visible).contains("研判意见", "企业 91310112MA1GBUL01W（生产者，闵行区）", "异议期限：2027-03-02 加 15 日为",
                "待办：责令停止销售", "2027 年市级抽查 DR-03").doesNotContain("STOP_SALE", "MUST_FILE");
        assertThat(page).contains("<code class=\"code\" id=\"filing-code\">MUST_FILE</code>", "id=\"toggle-codes\"");
    }

    @Test
    void theEnglishDecisionKeepsTheStoredEnglishOfWhatItSaw() throws Exception {
        String location = mvc.perform(kettleCase("PAGE-EN")).andReturn().getResponse().getRedirectedUrl();

        String page = mvc.perform(get(location + "?lang=en").with(user("officer").roles("OFFICER")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("objection deadline: 2027-03-02 + 15 days = 2027-03-17", "Advice on the case");
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldAtOnceByItsLabel() throws Exception {
        String page = mvc.perform(officer(post("/cases/new")).param("caseRef", "").param("firm.district", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        String problems = page.substring(page.lastIndexOf("<section", page.indexOf("id=\"problems\"")),
                page.indexOf("</section>"));
        assertThat(problems).contains("有 3 处需要更正", "统一社会信用代码", "企业类型", "所在区", "href=\"#f-firm-uscc\"",
                "href=\"#f-firm-district\"").doesNotContain("firm.uscc", "<code>");
        assertThat(ENGLISH_WORD.matcher(visibleText(problems)).find()).as(visibleText(problems)).isFalse();
    }

    @Test
    void aProblemOnAChinesePageQuotesWhatWasTypedInsteadOfTheEnglishMessage() throws Exception {
        String page = mvc.perform(kettleCase("PAGE-TYPED", "firm.uscc", "91310112MA1GBUL01X", "asOf", "2027-02-30"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("校验位是“X”，按 GB 32100-2015 应为“W”。", "填写的是“2027-02-30”")
                .doesNotContain("is not a date that exists");
        String english = mvc.perform(kettleCase("PAGE-TYPED", "asOf", "2027-02-30").param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("is not a date that exists");
    }

    @Test
    void datesTypedWithSlashesOrDotsAndCategoriesTypedByNameAreRead() throws Exception {
        String location = mvc.perform(kettleCase("PAGE-LOOSE", "asOf", "2027/3/15",
                        "spotChecks[0].noticeReceived", "2027.03.02", "spotChecks[0].categoryCode", "电线电缆"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        AuditRecord stored = log.find(location.substring("/decisions/".length())).orElseThrow();
        assertThat(stored.request()).contains("\"asOf\":\"2027-03-15\"", "\"noticeReceived\":\"2027-03-02\"",
                "\"categoryCode\":\"DX-01\"");
    }

    @Test
    void theFormOffersDistrictsInTheOfficialOrderAndTheCataloguesCategoriesByName() throws Exception {
        String page = mvc.perform(get("/cases/new").with(user("officer").roles("OFFICER")))
                .andReturn().getResponse().getContentAsString();

        String select = page.substring(page.indexOf("id=\"f-firm-district\""));
        select = select.substring(0, select.indexOf("</select>"));
        List<String> values = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(select);
        while (m.find()) {
            values.add(m.group(1));
        }
        List<String> expected = new java.util.ArrayList<>(List.of(""));
        expected.addAll(io.spotcheck.casefile.Districts.SHANGHAI);
        expected.add("OUTSIDE");
        assertThat(values).isEqualTo(expected);
        assertThat(page).contains("<option value=\"DX-01\" label=\"电线电缆\">电线电缆</option>", "list=\"category-list\"",
                "placeholder=\"例：PD-2027-0042\"", "data-date").doesNotContain("placeholder=\"C0421\"");
    }

    @Test
    void aFirmOutsideShanghaiIsChosenAsSuchAndSentWithoutADistrict() throws Exception {
        String location = mvc.perform(kettleCase("PAGE-OUTSIDE", "firm.district", "OUTSIDE"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        AuditRecord stored = log.find(location.substring("/decisions/".length())).orElseThrow();
        assertThat(stored.request()).doesNotContain("district");
    }

    @Test
    void theDecisionsListFindsAFirmByPartOfItsNameOrUsccAndAReferenceInAnyCase() throws Exception {
        mvc.perform(kettleCase("SRCH-PD-2027-0042", "firm.uscc", "91310115MA1K3YJ574", "firm.name",
                "上海浦江搜索电器有限公司", "firm.district", "浦东新区")).andExpect(status().isFound());
        mvc.perform(kettleCase("SRCH-MH-2027-0001")).andExpect(status().isFound());
        var auditor = user("auditor").roles("AUDITOR");

        String byName = mvc.perform(get("/decisions").param("q", "浦江搜索").with(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String byUscc = mvc.perform(get("/decisions").param("q", "91310115ma1k3yj574").with(auditor))
                .andReturn().getResponse().getContentAsString();
        String byRef = mvc.perform(get("/decisions").param("q", "srch-pd-2027").with(auditor))
                .andReturn().getResponse().getContentAsString();
        String byDistrict = mvc.perform(get("/decisions").param("q", "SRCH-").param("district", "闵行区").with(auditor))
                .andReturn().getResponse().getContentAsString();

        for (String page : List.of(byName, byUscc, byRef)) {
            assertThat(page).contains(">SRCH-PD-2027-0042<", "上海浦江搜索电器有限公司", "浦东新区", "2027-03-17")
                    .doesNotContain(">SRCH-MH-2027-0001<");
        }
        assertThat(byDistrict).contains(">SRCH-MH-2027-0001<").doesNotContain(">SRCH-PD-2027-0042<");
    }

    @Test
    void theDecisionsListFiltersByFilingAndByTheDayStored() throws Exception {
        String location = mvc.perform(kettleCase("SRCH-FILING-1")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        var auditor = user("auditor").roles("AUDITOR");
        String today = log.find(location.substring("/decisions/".length())).orElseThrow().storedAt()
                .atZone(io.spotcheck.shared.Today.SHANGHAI).toLocalDate().toString().replace('-', '/');

        String mustFile = mvc.perform(get("/decisions").param("q", "SRCH-FILING").param("filing", "MUST_FILE")
                .with(auditor)).andReturn().getResponse().getContentAsString();
        String notApplicable = mvc.perform(get("/decisions").param("q", "SRCH-FILING")
                .param("filing", "NOT_APPLICABLE").with(auditor)).andReturn().getResponse().getContentAsString();
        String storedToday = mvc.perform(get("/decisions").param("q", "SRCH-FILING").param("from", today)
                .param("to", today).with(auditor)).andReturn().getResponse().getContentAsString();
        String storedBefore = mvc.perform(get("/decisions").param("q", "SRCH-FILING").param("to", "2000.01.01")
                .with(auditor)).andReturn().getResponse().getContentAsString();
        String badDate = mvc.perform(get("/decisions").param("from", "2027-02-30").with(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(mustFile).contains(">SRCH-FILING-1<");
        assertThat(notApplicable).doesNotContain(">SRCH-FILING-1<");
        assertThat(storedToday).contains(">SRCH-FILING-1<");
        assertThat(storedBefore).doesNotContain(">SRCH-FILING-1<");
        assertThat(badDate).contains("id=\"bad-dates\"");
    }
}
