package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleInfo;
import io.spotcheck.boot.SpotcheckApplication;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The auditor's pages: every rule with names, basis and DRL source; the decision log with its chain check. */
@SpringBootTest(classes = SpotcheckApplication.class)
@AutoConfigureMockMvc
class AuditPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleBase rules;
    @Autowired
    io.spotcheck.audit.AuditedDecisions decisions;
    @Autowired
    io.spotcheck.casefile.CaseReader reader;
    @Autowired
    io.spotcheck.audit.PlanReviews reviews;

    @Test
    void theLogShowsPlansTheirApprovalsAndDecisionsOneKindOnRequest() throws Exception {
        String decision = decisions.decide(reader.read(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "samples/cases/02-kettle-unsafe-producer.json"))), "officer").decision().decisionId();
        java.nio.file.Path samples = java.nio.file.Path.of("samples/plan");
        String plan = decisions.plan(io.spotcheck.targeting.PlanRequest.read("2027", "40", "11", null),
                name -> java.nio.file.Files.isRegularFile(samples.resolve(name))
                        ? java.nio.file.Files.newInputStream(samples.resolve(name)) : null, "planner", "审计页计划").id();
        reviews.approve(plan, "admin");

        String all = mvc.perform(get("/audit").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String plans = mvc.perform(get("/audit?kind=PLAN").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(all).contains("href=\"/decisions/" + decision + "\"", "href=\"/plans/" + plan + "\"",
                "计划“审计页计划”", "批准“审计页计划”", ">研判意见<", ">抽查计划<", ">计划命名或批准<");
        assertThat(all.indexOf("批准“审计页计划”")).as("newest first").isLessThan(all.indexOf("href=\"/decisions/" + decision));
        assertThat(plans).contains("href=\"/plans/" + plan + "\"").doesNotContain("href=\"/decisions/")
                .doesNotContain("批准“");
    }

    @Test
    void theCatalogueShowsEveryRuleWithItsBasisAndSourceGroupedByFile() throws Exception {
        String page = mvc.perform(get("/rules?lang=en").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rules.rules()).isNotEmpty();
        for (RuleInfo r : rules.rules()) {
            assertThat(page).contains("id=\"rule-" + r.id() + "\"");
            assertThat(page).contains("id=\"file-" + r.file().replace('/', '-').replace('.', '-') + "\"");
            assertThat(page).contains("@id(&quot;" + r.id() + "&quot;)");
        }
        assertThat(page).contains("Show the DRL source").doesNotContain("??");
    }

    @Test
    void theCatalogueIsSearchedByIdNameAndBasisAsTyped() throws Exception {
        String byId = mvc.perform(get("/rules").param("q", "fil-010").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String byBasis = mvc.perform(get("/rules").param("q", "处罚程序规定 第十八条")
                .with(user("auditor").roles("AUDITOR"))).andReturn().getResponse().getContentAsString();
        String byName = mvc.perform(get("/rules").param("q", "ＭＵＳＴ file").param("lang", "en")
                .with(user("auditor").roles("AUDITOR"))).andReturn().getResponse().getContentAsString();
        String none = mvc.perform(get("/rules").param("q", "没有这条规则").with(user("auditor").roles("AUDITOR")))
                .andReturn().getResponse().getContentAsString();

        assertThat(byId).contains("id=\"rule-FIL-010\"", "找到 1 条规则").doesNotContain("id=\"rule-CLS-");
        assertThat(byBasis).contains("id=\"rule-FIL-010\"").doesNotContain("id=\"rule-CLS-");
        assertThat(byName).contains("id=\"rule-FIL-010\"").doesNotContain("id=\"rule-LST-");
        assertThat(none).contains("找到 0 条规则").doesNotContain("class=\"rule card\"");
    }

    @Test
    void theChainIsVerifiedOnRequest() throws Exception {
        mvc.perform(get("/audit").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"verification\""))));
        mvc.perform(get("/audit/verify").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"verification\"")))
                .andExpect(content().string(Matchers.containsString("哈希链完整")));
    }
}
