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

/** Issue 13: next year's plan from the register — the same plan, byte for byte, as from the same rows uploaded. */
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
        byte[] registerHistory = as("admin", get("/api/v1/results/history.csv")).andReturn().getResponse()
                .getContentAsByteArray();
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
}
