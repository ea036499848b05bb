package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.shared.Sha256;
import io.spotcheck.support.TestRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: each plan input saved as UTF-8, UTF-8 with a byte-order mark, GB18030 (Excel's "CSV（逗号分隔）") or
 * XLSX gives the same plan, byte for byte, as the samples in UTF-8 — and the same plan as before the shared reader.
 */
public class PlanInputEncodingsTest {

    /**
     * plan.csv of samples/plan, 2027, budget 120, seed 20270101, made at 39a3491 (before this round's issues 11, 15
     * and 17): the shared reader, the legal corrections (TGT-040 and the parameters' notes) and the tests' own
     * calendar leave the plan byte for byte what it was (issue 17 "Done when").
     */
    static final String BEFORE = "ccdbcb31cda0ff029635b2aa88130d2a7784f68b26ae0a21b579cbc4366caf69";

    static final Map<String, String> SAMPLES = new HashMap<>();

    @BeforeAll
    static void readSamples() throws IOException {
        for (String f : Planner.FILES) {
            SAMPLES.put(f, Files.readString(Path.of("samples/plan", f)));
        }
    }

    static Plan plan(Function<String, byte[]> save) {
        Planner.Files files = name -> SAMPLES.containsKey(name) ? new ByteArrayInputStream(save.apply(SAMPLES.get(name)))
                : null;
        return new Planner(TestRules.RULES, 1_000_000).plan(new PlanRequest(2027, 120, "20270101", null), files,
                Progress.NONE);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bom(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gb18030(String text) {
        return text.replace("\n", "\r\n").getBytes(Charset.forName("GB18030"));
    }

    /** The CSV as Excel would save it as a workbook: numbers as numbers, true/false as booleans. */
    public static byte[] xlsx(String text) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "spotcheck-test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            int r = 0;
            for (CSVRecord record : io.spotcheck.tabular.Table.FORMAT.parse(new StringReader(text))) {
                for (int c = 0; c < record.size(); c++) {
                    String v = record.get(c);
                    if (r > 0 && v.matches("[0-9]{1,3}")) {
                        ws.value(r, c, Integer.parseInt(v));
                    } else if (r > 0 && (v.equals("true") || v.equals("false"))) {
                        ws.value(r, c, Boolean.parseBoolean(v));
                    } else if (!v.isEmpty()) {
                        ws.value(r, c, v);
                    }
                }
                r++;
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8 (BOM)", "GB18030", "XLSX"})
    void everyWayExcelSavesGivesTheSamePlan(String encoding) {
        Function<String, byte[]> save = switch (encoding) {
            case "UTF-8 (BOM)" -> PlanInputEncodingsTest::bom;
            case "GB18030" -> PlanInputEncodingsTest::gb18030;
            default -> PlanInputEncodingsTest::xlsx;
        };
        Plan utf8 = plan(PlanInputEncodingsTest::utf8);

        Plan other = plan(save);

        assertThat(other.csv()).isEqualTo(utf8.csv());
        assertThat(utf8.summary().encodings()).containsEntry("firms.csv", "UTF-8");
        assertThat(other.summary().encodings()).containsEntry("firms.csv", encoding)
                .containsEntry("catalogue.csv", encoding);
    }

    @Test
    void thePlanIsTheOneMadeBeforeTheSharedReader() {
        assertThat(Sha256.hex(plan(PlanInputEncodingsTest::utf8).csv())).isEqualTo(BEFORE);
    }

    @Test
    void aLatin1FileWithBytesNeitherEncodingReadsIsRefused() {
        String latin1 = "uscc,name,district,role,credit_risk,category_codes,industry_leader,reachable\n"
                + "91310115MA1K3YJ574,Caf\u00e9,,PRODUCER,A,FZ-01,false,true\n";
        Function<String, byte[]> save = text -> text.startsWith("uscc,name,district")
                ? latin1.getBytes(StandardCharsets.ISO_8859_1) : utf8(text);

        try {
            plan(save);
            throw new AssertionError("expected the Latin-1 file to be refused");
        } catch (InvalidInputException e) {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("firms.csv:0:0");
                assertThat(p.message()).contains("文件不是 UTF-8 或 GB18030 编码，请另存为 CSV UTF-8");
            });
        }
    }
}
