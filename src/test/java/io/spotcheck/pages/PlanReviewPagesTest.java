package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import io.spotcheck.boot.SpotcheckApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A plan's name and status: draft → approved in the chain, four eyes, and nothing changes once approved. */
@SpringBootTest(classes = SpotcheckApplication.class)
@AutoConfigureMockMvc
class PlanReviewPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog log;
    @Autowired
    io.spotcheck.audit.AuditWriter writer;
    @Autowired
    io.spotcheck.audit.PlanReviews reviews;

    private String plan(String name) throws Exception {
        var request = multipart("/plans");
        for (String f : List.of("catalogue.csv", "firms.csv", "history.csv")) {
            request.file(new MockMultipartFile(f, f, "text/csv", Files.readAllBytes(Path.of("samples/plan", f))));
        }
        request.param("year", "2027").param("budget", "60").param("seed", "7").param("name", name)
                .with(user("planner").roles("PLANNER")).with(csrf());
        String location = mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        return location.substring("/plans/".length());
    }

    private List<AuditRecord> statusRecords() {
        List<AuditRecord> out = new ArrayList<>();
        log.forEach(AuditRecord.Kind.PLAN_STATUS, null, null, out::add);
        return out;
    }

    @Test
    @DisplayName("a plan is named at upload, approved by another planner's hand once, and refused any change after")
    void draftThenApprovedThenLocked() throws Exception {
        String id = plan("  2027 年度电器抽查计划 ");
        mvc.perform(get("/plans/" + id).with(user("planner").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2027 年度电器抽查计划</h1>")))
                .andExpect(content().string(containsString(">草稿<")))
                .andExpect(content().string(containsString("id=\"four-eyes\"")))
                .andExpect(content().string(not(containsString("id=\"approve\""))));

        mvc.perform(post("/plans/" + id + "/approval").with(user("planner").roles("PLANNER")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("不能批准自己编制的计划")));
        int before = statusRecords().size();

        mvc.perform(post("/plans/" + id + "/name").param("name", "2027 年度电器、玩具抽查计划")
                        .with(user("planner").roles("PLANNER")).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/plans/" + id + "/approval").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isFound());

        List<AuditRecord> statuses = statusRecords();
        assertThat(statuses).hasSize(before + 2);
        AuditRecord approval = statuses.get(statuses.size() - 1);
        assertThat(approval.requestedBy()).isEqualTo("admin");
        assertThat(approval.request()).contains("\"plan\":\"" + id + "\"", "\"action\":\"APPROVE\"");
        assertThat(log.verify().broken()).isNull();

        mvc.perform(get("/plans/" + id).with(user("auditor").roles("AUDITOR")))
                .andExpect(content().string(containsString("2027 年度电器、玩具抽查计划</h1>")))
                .andExpect(content().string(containsString(">已批准<")))
                .andExpect(content().string(containsString("admin 批准")))
                .andExpect(content().string(not(containsString("id=\"approve\""))));
        mvc.perform(get("/plans").with(user("auditor").roles("AUDITOR")))
                .andExpect(content().string(containsString("2027 年度电器、玩具抽查计划")))
                .andExpect(content().string(containsString("admin 批准")));

        mvc.perform(post("/plans/" + id + "/name").param("name", "改名").with(user("planner").roles("PLANNER"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("此计划已批准，不能再修改或再次批准。")));
        mvc.perform(post("/api/v1/plans/" + id + "/approval").with(httpBasic("planner", "planner-pw")))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:spotcheck:problem:plan-approved"));
        mvc.perform(post("/api/v1/plans/" + id + "/name").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}").with(httpBasic("admin", "admin-pw")))
                .andExpect(status().isConflict());
        assertThat(statusRecords()).hasSize(before + 2);

        mvc.perform(get("/api/v1/plans/" + id + "/status").with(httpBasic("auditor", "auditor-pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.name").value("2027 年度电器、玩具抽查计划"))
                .andExpect(jsonPath("$.madeBy").value("planner"))
                .andExpect(jsonPath("$.approvedBy").value("admin"))
                .andExpect(jsonPath("$.approvedAt").isNotEmpty());
    }

    @Test
    @DisplayName("over the API: a plan named at upload, approved with 201, own plan 403, an auditor never approves")
    void approvalOverTheApi() throws Exception {
        var request = multipart("/api/v1/plans");
        for (String f : List.of("catalogue.csv", "firms.csv", "history.csv")) {
            request.file(new MockMultipartFile(f, f, "text/csv", Files.readAllBytes(Path.of("samples/plan", f))));
        }
        String body = mvc.perform(request.param("year", "2027").param("budget", "60").param("seed", "8")
                        .param("name", "API 计划").with(httpBasic("planner", "planner-pw"))
                        .with(r -> { // MockMvc hands the controller its own multipart request, without the principal
                            r.setUserPrincipal(() -> "planner");
                            return r;
                        }))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/plans/" + id + "/status").with(httpBasic("planner", "planner-pw")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.name").value("API 计划"))
                .andExpect(jsonPath("$.approvedBy").doesNotExist());
        mvc.perform(post("/api/v1/plans/" + id + "/approval").with(httpBasic("auditor", "auditor-pw")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/plans/" + id + "/approval").with(httpBasic("planner", "planner-pw")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:spotcheck:problem:own-plan"));
        mvc.perform(post("/api/v1/plans/" + id + "/name").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"  \"}").with(httpBasic("planner", "planner-pw")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/plans/" + id + "/approval").with(httpBasic("admin", "admin-pw")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value("admin"));
        mvc.perform(post("/api/v1/plans/not-a-plan/approval").with(httpBasic("admin", "admin-pw")))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("a second approval is refused by the store itself, as when another instance approved first")
    void aSecondApprovalRecordIsRefusedByTheStore() throws Exception {
        String id = plan("双人审批");
        reviews.approve(id, "admin");
        int before = statusRecords().size();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.append(new io.spotcheck.audit.AuditWriter.Entry(
                        io.spotcheck.audit.PlanReviews.approvalId(id), AuditRecord.Kind.PLAN_STATUS, null, null, null,
                        "someone-else", "{\"plan\":\"" + id + "\",\"action\":\"APPROVE\"}", null, null)))
                .isInstanceOf(io.spotcheck.audit.RecordRefusedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new io.spotcheck.audit.PlanReviews(log, writer)
                        .approve(id, "planner2"))
                .isInstanceOf(io.spotcheck.audit.PlanReviews.Refused.class);

        assertThat(statusRecords()).hasSize(before);
        assertThat(reviews.of(id).orElseThrow().approvedBy()).isEqualTo("admin");
        assertThat(log.verify().broken()).isNull();
    }
}
