package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.support.SignedInWebTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The decisions table downloads as a workbook with Chinese headers and the filing's label beside its code. */
class DecisionDownloadsTest extends SignedInWebTest {

    @Test
    void theSearchedDecisionsDownloadAsAWorkbook() throws Exception {
        String body = Files.readString(Path.of("samples/cases/02-kettle-unsafe-producer.json"))
                .replaceFirst("\"caseRef\"\\s*:\\s*\"[^\"]*\"", "\"caseRef\":\"XLSX-EXPORT-1\"");
        mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());

        byte[] xlsx = mvc.perform(get("/decisions/export.xlsx").param("caseRef", "XLSX-EXPORT-1")
                        .with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] none = mvc.perform(get("/decisions/export.xlsx").param("caseRef", "NO-SUCH-CASE")
                        .with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("案件编号");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("XLSX-EXPORT-1");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("企业名称");
            assertThat(rows.get(1).getCellText(4)).isEqualTo("闵行区");
            assertThat(rows.get(1).getCellText(6)).isEqualTo("应当立案");
            assertThat(rows.get(1).getCellText(7)).isEqualTo("MUST_FILE");
            assertThat(rows.get(1).getCellText(9)).startsWith("异议期 2027-03-17");
            // the decision's date is a date cell (Excel sorts and filters it as a date)
            assertThat(rows.get(1).getCell(5).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(rows.get(1).getCell(5).asDate().toLocalDate()).hasToString("2027-03-15");
        }
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(none))) {
            assertThat(book.getFirstSheet().read()).hasSize(1);
        }
    }

    @Test
    void aPlannerMayNotDownloadDecisions() throws Exception {
        mvc.perform(get("/decisions/export.xlsx").with(user("planner").roles("PLANNER")))
                .andExpect(status().isForbidden());
    }
}
