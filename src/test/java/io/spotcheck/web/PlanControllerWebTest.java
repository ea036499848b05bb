package io.spotcheck.web;

import io.spotcheck.support.SignedInWebTest;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The plan routes: upload the sample files, get the summary and the CSV, and the errors. */
class PlanControllerWebTest extends SignedInWebTest {

    private static MockMultipartHttpServletRequestBuilder upload(String... files) throws Exception {
        var request = multipart("/api/v1/plans");
        for (String f : files) {
            request.file(new MockMultipartFile(f, f, "text/csv", Files.readAllBytes(Path.of("samples/plan", f))));
        }
        return request;
    }

    @Test
    void plansTheUploadedFilesAndServesTheCsvIdenticalToTheCommandLine() throws Exception {
        var created = mvc.perform(upload("catalogue.csv", "firms.csv", "history.csv", "signals.csv", "inspectors.csv")
                        .param("year", "2027").param("budget", "120").param("seed", "20270101"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/plans/")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.batches").value(120))
                .andExpect(jsonPath("$.seed").value("20270101"))
                .andExpect(jsonPath("$.byTier.MANDATORY").isNumber())
                .andReturn();
        String location = created.getResponse().getHeader("Location");

        String csv = mvc.perform(get(location + "/plan.csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        var cli = io.spotcheck.Spotcheck.commandLine();
        Path out = Files.createTempFile("plan", ".csv");
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter())).setErr(new java.io.PrintWriter(new java.io.StringWriter()))
                .execute("plan", "--data", "samples/plan", "--year", "2027", "--budget", "120", "--seed", "20270101",
                        "--out", out.toString());
        assertThat(csv).isEqualTo(Files.readString(out));
    }

    @Test
    void missingParametersAndUnknownPartsAreNamed() throws Exception {
        mvc.perform(upload("catalogue.csv", "firms.csv").file(new MockMultipartFile("firm.csv", new byte[0]))
                        .param("budget", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("firm.csv")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("year")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("budget")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("seed")));
    }

    @Test
    void aMissingFileIsNamedWithFileLineColumn() throws Exception {
        mvc.perform(upload("catalogue.csv", "firms.csv").param("year", "2027").param("budget", "10").param("seed", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("history.csv:0:0"));
    }

    @Test
    void aBudgetBelowTheMandatoryPartIs422() throws Exception {
        mvc.perform(upload("catalogue.csv", "firms.csv", "history.csv").param("year", "2027").param("budget", "3")
                        .param("seed", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("needs")));
    }

    @Test
    void anUnknownPlanIs404() throws Exception {
        mvc.perform(get("/api/v1/plans/nope/plan.csv")).andExpect(status().isNotFound());
    }
}
