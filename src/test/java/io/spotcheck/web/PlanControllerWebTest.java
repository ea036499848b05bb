package io.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.support.SignedInWebTest;
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
    void plansCsvStartsWithAByteOrderMarkAndTheWorkbookHasChineseHeadersAndNames() throws Exception {
        String location = mvc.perform(upload("catalogue.csv", "firms.csv", "history.csv", "signals.csv",
                        "inspectors.csv").param("year", "2027").param("budget", "120").param("seed", "20270101"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        byte[] csv = mvc.perform(get(location + "/plan.csv")).andReturn().getResponse().getContentAsByteArray();
        byte[] xlsx = mvc.perform(get(location + "/plan.xlsx")).andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(java.util.Arrays.copyOf(csv, 4)).containsExactly(0xEF, 0xBB, 0xBF, 'u');
        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("统一社会信用代码");
            assertThat(rows.get(0).getCellText(4)).isEqualTo("品类名称");
            assertThat(rows).hasSize(121);
            String[] first = new String(csv, java.nio.charset.StandardCharsets.UTF_8).split("\n")[1].split(",");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(first[0]);
            assertThat(rows.get(1).getCellText(4)).isNotBlank();
            assertThat(rows.get(1).getCellText(8)).contains(";").doesNotStartWith(";");
        }
    }

    @Test
    void aPartSentTwiceIsRefused() throws Exception {
        mvc.perform(upload("catalogue.csv", "firms.csv", "firms.csv", "history.csv").param("year", "2027")
                        .param("budget", "10").param("seed", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("firms.csv"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("2 times")));
    }

    /** Issue 10 item 1: a 6 MiB line was answered with 18 MB; now a short answer naming line and column. */
    @Test
    void aHugeSingleLineIsRefusedWithASmallAnswer() throws Exception {
        byte[] line = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(line, (byte) 'x');
        byte[] header = "uscc,name,district,role,credit_risk,category_codes,industry_leader,reachable\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] firms = java.util.Arrays.copyOf(header, header.length + line.length);
        System.arraycopy(line, 0, firms, header.length, line.length);

        var answer = mvc.perform(upload("catalogue.csv", "history.csv")
                        .file(new MockMultipartFile("firms.csv", "firms.csv", "text/csv", firms))
                        .param("year", "2027").param("budget", "10").param("seed", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("firms.csv:2:1"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(answer.length).isLessThan(1000);
    }

    @Test
    void aWorkbookInThePartOfACsvIsRead() throws Exception {
        byte[] catalogue = io.spotcheck.targeting.PlanInputEncodingsTest.xlsx(
                Files.readString(Path.of("samples/plan/catalogue.csv")));

        mvc.perform(upload("firms.csv", "history.csv")
                        .file(new MockMultipartFile("catalogue.csv", "catalogue.xlsx", "application/octet-stream", catalogue))
                        .param("year", "2027").param("budget", "120").param("seed", "20270101"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.encodings['catalogue.csv']").value("XLSX"))
                .andExpect(jsonPath("$.encodings['firms.csv']").value("UTF-8"));
    }

    @Test
    void anUnknownPlanIs404() throws Exception {
        mvc.perform(get("/api/v1/plans/nope/plan.csv")).andExpect(status().isNotFound());
    }
}
