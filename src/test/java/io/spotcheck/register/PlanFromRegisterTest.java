package io.spotcheck.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Issue 13: next year's plan from the register — the same plan, byte for byte, as from the same rows uploaded. On a
 * register of its own: every stored result is history, and other tests' results name categories the sample
 * catalogue does not have (which the plan rightly refuses).
 */
@org.springframework.test.context.TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:plan-from-register;DB_CLOSE_DELAY=-1")
class PlanFromRegisterTest extends RegisterWebTest {

    private static final Path SAMPLES = Path.of("samples/plan");

    private String planCsv(MockMultipartHttpServletRequestBuilder form) throws Exception {
        String location = mvc.perform(form.param("year", "2027").param("budget", "120").param("seed", "20270101")
                        .with(user("pat").roles("PLANNER")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        return as("admin", get("/api/v1/plans/{id}/plan.csv", id)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile(name, name, "text/csv", bytes);
    }

    @Test
    @DisplayName("A plan made with \"use the register's history\" equals the plan made from the same rows uploaded as history.csv")
    void theRegistersHistoryPlansAsTheUploadedRows() throws Exception {
        String firm = Files.readAllLines(SAMPLES.resolve("firms.csv")).get(1);
        String uscc = firm.split(",")[0];
        String category = firm.split(",")[5].split(";")[0];
        importResults("muni", HEADER + "PF-1," + uscc + ",样本企业,浦东新区,PRODUCER,,,"
                + category + ",MUNICIPAL,FAIL,2026-09-10,SQI,项目|GB 4706.1-2005|Y,2026-09-21\n")
                .andExpect(status().isOk());
        byte[] registerHistory = withoutOtherCategories(as("admin", get("/api/v1/results/history.csv")).andReturn()
                .getResponse().getContentAsByteArray());
        assertThat(new String(registerHistory, StandardCharsets.UTF_8)).contains(uscc + "," + category);

        String fromRegister = planCsv(multipart("/plans").param("useSamples", "true")
                .param("useRegisterHistory", "true"));
        var upload = multipart("/plans").file(file("history.csv", registerHistory));
        for (String name : new String[] {"catalogue.csv", "firms.csv", "signals.csv", "inspectors.csv"}) {
            upload.file(file(name, Files.readAllBytes(SAMPLES.resolve(name))));
        }
        String uploaded = planCsv(upload);

        assertThat(fromRegister).isEqualTo(uploaded);
        assertThat(fromRegister).contains(uscc + ",").contains("PRIOR_YEAR_FAILURE");
    }

    /** The history's rows less those of the category no catalogue here has (another test of this class stores one). */
    private static byte[] withoutOtherCategories(byte[] history) {
        return new String(history, StandardCharsets.UTF_8).lines().filter(l -> !l.contains(",ZZ-99,"))
                .map(l -> l + "\n").collect(java.util.stream.Collectors.joining()).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("A stored result of a category the plan's catalogue lacks is left out of the register's history, and the planner is told")
    void resultsOfOtherCategoriesAreLeftOutAndSaid() throws Exception {
        // before: nothing of another category stored (only this test stores one), so nothing is said
        var none = mvc.perform(multipart("/plans").param("useSamples", "true").param("useRegisterHistory", "true")
                        .param("year", "2027").param("budget", "120").param("seed", "20270101")
                        .with(user("pat").roles("PLANNER")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(none.getFlashMap().get("historyLeftOut")).isNull();

        String firm = Files.readAllLines(SAMPLES.resolve("firms.csv")).get(2);
        importResults("muni", HEADER + "PF-2," + firm.split(",")[0] + ",样本企业,浦东新区,PRODUCER,,,ZZ-99,MUNICIPAL,FAIL,"
                + "2026-09-11,SQI,项目|GB 4706.1-2005|Y,2026-09-22\n").andExpect(status().isOk());

        var done = mvc.perform(multipart("/plans").param("useSamples", "true").param("useRegisterHistory", "true")
                        .param("year", "2027").param("budget", "120").param("seed", "20270101")
                        .with(user("pat").roles("PLANNER")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(done.getFlashMap().get("historyLeftOut")).isEqualTo(1);
        assertThat(mvc.perform(get(done.getResponse().getRedirectedUrl()).flashAttr("historyLeftOut", 1)
                        .with(user("pat").roles("PLANNER"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("有 1 条检验结果的产品类别不在本次上传的目录中");

        var uploadAll = multipart("/plans").file(file("history.csv", as("admin", get("/api/v1/results/history.csv"))
                .andReturn().getResponse().getContentAsByteArray()));
        for (String name : new String[] {"catalogue.csv", "firms.csv", "signals.csv", "inspectors.csv"}) {
            uploadAll.file(file(name, Files.readAllBytes(SAMPLES.resolve(name))));
        }
        mvc.perform(uploadAll.param("year", "2027").param("budget", "120").param("seed", "20270101")
                .with(user("pat").roles("PLANNER")).with(csrf())).andExpect(status().isBadRequest());
    }
}
