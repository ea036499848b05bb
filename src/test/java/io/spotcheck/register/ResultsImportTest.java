package io.spotcheck.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** {@code POST /api/v1/results} (CONTRACT §7): checked whole, stored all or none, idempotent by report number. */
class ResultsImportTest extends RegisterWebTest {

    @Test
    @DisplayName("One bad row refuses the whole file, named results.csv:line:column, and nothing is stored")
    void oneBadRowRefusesAll() throws Exception {
        String good = failedKettle("RI-1", uscc(201), "浦东新区", "2026-09-10", "2026-09-21");
        String badUscc = failedKettle("RI-2", "91310115MA1K3YJ575", "浦东新区", "2026-09-10", "2026-09-21");

        importResults("muni", HEADER + good + badUscc).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("results.csv:3:2"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("uscc:")));

        caseAsOf("muni", "RI-1", "2026-11-30").andExpect(status().isNotFound());
        importResults("muni", HEADER + good).andExpect(jsonPath("$.stored").value(1));
    }

    @Test
    @DisplayName("Each row problem is named: a FAIL without items, a PASS with items, dates after today or before the check, a duplicate report")
    void rowProblems() throws Exception {
        String csv = HEADER
                + "RI-10," + uscc(210) + ",甲,浦东新区,PRODUCER,,,C0421,MUNICIPAL,FAIL,2026-09-10,SQI,,\n"
                + "RI-11," + uscc(211) + ",乙,浦东新区,PRODUCER,,,C0421,MUNICIPAL,PASS,2026-09-10,SQI,x|GB 1|Y,\n"
                + "RI-12," + uscc(212) + ",丙,浦东新区,PRODUCER,,,C0421,MUNICIPAL,PASS,2026-12-01,SQI,,\n"
                + "RI-13," + uscc(213) + ",丁,浦东新区,PRODUCER,,,C0421,MUNICIPAL,PASS,2026-09-10,SQI,,2026-09-09\n"
                + failedKettle("RI-14", uscc(214), "浦东新区", "2026-09-10", "2026-09-21")
                + failedKettle("RI-14", uscc(214), "黄浦区", "2026-09-10", "2026-09-21")
                + "RI 15," + uscc(215) + ",戊,浦东新区,PRODUCER,,,C0421,MUNICIPAL,PASS,2026-09-10,SQI,,\n";

        String body = importResults("muni", csv).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();

        assertThat(body).contains("results.csv:2:13", "a FAIL names at least one failed item",
                "results.csv:3:13", "a check that passed has no failed items", "results.csv:4:11", "after today",
                "results.csv:5:14", "before checked_on", "results.csv:7:1", "RI-14 is already on line 6",
                "results.csv:8:1");
    }

    @Test
    @DisplayName("A stored report number with other values, or one in use as a hand-opened case, refuses the file")
    void storedReportNumbers() throws Exception {
        importResults("muni", HEADER + failedKettle("RI-20", uscc(220), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());
        as("muni", post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("{\"caseRef\":\"RI-21\","
                + "\"openedOn\":\"2026-10-01\",\"firm\":{\"uscc\":\"" + uscc(221) + "\",\"role\":\"SELLER\"}}"))
                .andExpect(status().isCreated());

        importResults("muni", HEADER + failedKettle("RI-20", uscc(220), "黄浦区", "2026-09-10", "2026-09-21")
                + failedKettle("RI-21", uscc(221), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("stored with other values")))
                .andExpect(jsonPath("$.errors[1].message").value(Matchers.containsString("in use as a case")));
    }

    @Test
    @DisplayName("A row equal but for opened_on is left as it is")
    void openedOnAloneChangesNothing() throws Exception {
        importResults("muni", HEADER + failedKettle("RI-30", uscc(230), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(jsonPath("$.stored").value(1));

        importResults("muni", HEADER + failedKettle("RI-30", uscc(230), "浦东新区", "2026-09-10", "2026-09-25"))
                .andExpect(jsonPath("$.stored").value(0)).andExpect(jsonPath("$.unchanged").value(1));
        caseAsOf("muni", "RI-30", "2026-11-30").andExpect(jsonPath("$.openedOn").value("2026-09-21"));
    }

    @Test
    @DisplayName("A GB18030 file, as Chinese Excel saves CSV, imports like UTF-8")
    void gb18030() throws Exception {
        byte[] gbk = (HEADER + failedKettle("RI-40", uscc(240), "浦东新区", "2026-09-10", "2026-09-21"))
                .getBytes(Charset.forName("GB18030"));

        as("muni", multipart("/api/v1/results").file(new MockMultipartFile("results.csv", "results.csv", "text/csv",
                gbk))).andExpect(status().isOk()).andExpect(jsonPath("$.casesOpened[0]").value("RI-40"));
        caseAsOf("muni", "RI-40", "2026-11-30").andExpect(jsonPath("$.firm.name").value("上海某某电器有限公司"));
    }

    @Test
    @DisplayName("Results reach the municipal bureau: a district officer and an auditor may not import them")
    void whoImports() throws Exception {
        String csv = HEADER + failedKettle("RI-50", uscc(250), "浦东新区", "2026-09-10", "2026-09-21");
        importResults("ann", csv).andExpect(status().isForbidden());
        importResults("audrey", csv).andExpect(status().isForbidden());
        importResults("pat", csv).andExpect(status().isForbidden());
        importResults("admin", csv).andExpect(status().isOk());
    }

    @Test
    @DisplayName("An out-of-town firm's case belongs to the municipal bureau")
    void outOfTown() throws Exception {
        importResults("muni", HEADER + failedKettle("RI-60", "91440300MA5F0000X7".substring(0, 17)
                + io.spotcheck.casefile.Uscc.checkCharacter("91440300MA5F0000X7".substring(0, 17)), "",
                "2026-09-10", "2026-09-21")).andExpect(status().isOk());

        caseAsOf("ann", "RI-60", "2026-11-30").andExpect(status().isNotFound());
        caseAsOf("muni", "RI-60", "2026-11-30").andExpect(jsonPath("$.district").value(Matchers.nullValue()));
        as("muni", get("/api/v1/worklist").param("district", "MUNICIPAL"))
                .andExpect(jsonPath("$.items[*].caseRef", Matchers.hasItem("RI-60")));
    }

    @Test
    @DisplayName("Stored results are next year's history.csv; a result overturned by a passed re-test counts as passed")
    void historyCsv() throws Exception {
        importResults("muni", HEADER + failedKettle("RI-70", uscc(270), "浦东新区", "2026-09-10", "2026-09-21"))
                .andExpect(status().isOk());
        as("muni", get("/api/v1/results/history.csv").param("to", "2026-11-30")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("\uFEFFuscc,category_code,level,result,checked_on\n")))
                .andExpect(content().string(Matchers.containsString(uscc(270) + ",C0421,MUNICIPAL,FAIL,2026-09-10")));
        event("ann", "RI-70", "{\"type\":\"NOTICE_RECEIVED\",\"date\":\"2026-09-22\"}").andExpect(status().isCreated());
        event("ann", "RI-70", "{\"type\":\"RETEST\",\"date\":\"2026-10-09\",\"result\":\"PASS\"}")
                .andExpect(status().isCreated());

        as("muni", get("/api/v1/results/history.csv").param("to", "2026-11-30"))
                .andExpect(content().string(Matchers.containsString(uscc(270) + ",C0421,MUNICIPAL,PASS,2026-09-10")));
        as("muni", get("/api/v1/results/history.csv").param("to", "2026-10-08"))
                .andExpect(content().string(Matchers.containsString(uscc(270) + ",C0421,MUNICIPAL,FAIL,2026-09-10")));
    }

    @Test
    @DisplayName("The README's sample results file imports: five failures open five cases, two passes are history")
    void theSampleFile() throws Exception {
        String csv = java.nio.file.Files.readString(java.nio.file.Path.of("samples/register/results.csv"));

        importResults("muni", csv).andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(7))
                .andExpect(jsonPath("$.casesOpened.length()").value(5))
                .andExpect(jsonPath("$.casesOpened[0]").value("SH-2026-QA-0101"));
        caseAsOf("ann", "SH-2026-QA-0101", "2026-11-30").andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.filing").value("MUST_FILE"));
        caseAsOf("muni", "SH-2026-QA-0104", "2026-11-30").andExpect(jsonPath("$.district").value(Matchers.nullValue()));
    }

    @Test
    @DisplayName("The sample results name categories of the sample catalogue, so the register's history plans next year as it is")
    void theSampleResultsFitTheSampleCatalogue() throws Exception {
        var catalogue = java.nio.file.Files.readAllLines(java.nio.file.Path.of("samples/plan/catalogue.csv")).stream()
                .skip(1).map(l -> l.split(",")[0]).collect(java.util.stream.Collectors.toSet());
        var categories = java.nio.file.Files.readAllLines(java.nio.file.Path.of("samples/register/results.csv"))
                .stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")[7]).toList();

        assertThat(categories).hasSize(7);
        assertThat(catalogue).containsAll(categories);
    }
}
