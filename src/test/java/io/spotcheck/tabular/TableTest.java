package io.spotcheck.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.casefile.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Whatever Excel saves, the same rows come out; anything else is refused with where and why. */
class TableTest {

    static final String TEXT = "uscc,name,risk\r\n91310115MA1K3YJ574,上海宏明电器有限公司,1\r\nX,\"引号,逗号\",2\r\n";

    private final List<Problem> problems = new ArrayList<>();

    private record Result(List<Map<String, String>> rows, Table.Read read) {
    }

    private Result read(InputStream in, String... required) {
        List<Map<String, String>> rows = new ArrayList<>();
        Table.Read read = new Table("firms.csv", problems::add).read(in, List.of(required), 100_000,
                r -> rows.add(Map.of("uscc", r.get("uscc"), "name", r.get("name"), "risk", r.get("risk"),
                        "line", Long.toString(r.line()))));
        return new Result(rows, read);
    }

    private Result read(byte[] bytes, String... required) {
        return read(new ByteArrayInputStream(bytes), required);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] xlsx(String sheet, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet(sheet);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof String s) {
                    ws.value(r, c, s);
                } else if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v instanceof Boolean b) {
                    ws.value(r, c, b);
                } else if (v instanceof java.time.LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void readsUtf8WithAndWithoutAMarkAndGb18030Alike() {
        Result plain = read(TEXT.getBytes(StandardCharsets.UTF_8), "uscc");
        Result marked = read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)), "uscc");
        Result gb = read(TEXT.getBytes(Charset.forName("GB18030")), "uscc");

        assertThat(problems).isEmpty();
        assertThat(plain.rows()).hasSize(2).first().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("上海宏明电器有限公司");
            assertThat(r.get("line")).isEqualTo("2");
        });
        assertThat(plain.rows().get(1).get("name")).isEqualTo("引号,逗号");
        assertThat(marked.rows()).isEqualTo(plain.rows());
        assertThat(gb.rows()).isEqualTo(plain.rows());
        assertThat(List.of(plain.read().encoding(), marked.read().encoding(), gb.read().encoding()))
                .containsExactly(Encoding.UTF_8, Encoding.UTF_8_BOM, Encoding.GB18030);
    }

    @Test
    void choosesGb18030EvenWhenItsFirstNonAsciiByteComesLate() {
        String text = "uscc,name\n" + "91310115MA1K3YJ574,ascii\n".repeat(10_000) + "91310115MA1K3YJ574,宏明\n";

        Result gb = read(text.getBytes(Charset.forName("GB18030")), "uscc");

        assertThat(problems).isEmpty();
        assertThat(gb.read().encoding()).isEqualTo(Encoding.GB18030);
        assertThat(gb.rows().get(10_000).get("name")).isEqualTo("宏明");
    }

    @Test
    void refusesLatin1WithTheByteOffsetInChineseAndEnglish() {
        byte[] latin1 = "uscc,name\nX,Caf\u00e9,\n".getBytes(StandardCharsets.ISO_8859_1);

        read(latin1, "uscc");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firms.csv:0:0");
            assertThat(p.message()).isEqualTo("at byte 15: 文件不是 UTF-8 或 GB18030 编码，请另存为 CSV UTF-8"
                    + " (the file is not UTF-8 or GB18030 text; save it as CSV UTF-8)");
        });
    }

    @Test
    void refusesUtf8ThatBreaksLaterWithItsOffset() {
        byte[] good = "uscc,name\nX,宏明\n".getBytes(StandardCharsets.UTF_8);

        read(concat(good, new byte[] {'Y', ',', (byte) 0xFF, '\n'}), "uscc");

        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("at byte " + (good.length + 2) + ": 文件不是 UTF-8"));
    }

    @Test
    void refusesAnOldExcelWorkbook() {
        read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "uscc");

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains(".xls"));
    }

    @Test
    void readsTheFirstSheetOfAWorkbookAsPeopleSeeIt() throws IOException {
        byte[] book = xlsx("企业", List.of(List.of("name", "uscc", "risk", "day", "flag"),
                List.of("上海宏明电器有限公司", "91310115MA1K3YJ574", 1, java.time.LocalDate.of(2026, 3, 9), true),
                List.of("乙", "X", 2.5, "2027-01-01", false)));
        List<Map<String, String>> rows = new ArrayList<>();

        Table.Read read = new Table("firms.csv", problems::add).read(new ByteArrayInputStream(book),
                List.of("uscc"), 1000, r -> {
                    rows.add(Map.of("risk", r.get("risk"), "day", r.get("day"), "flag", r.get("flag"),
                            "name", r.get("name")));
                    r.problem("uscc", "named");
                });

        assertThat(read.encoding()).isEqualTo(Encoding.XLSX);
        assertThat(rows).containsExactly(
                Map.of("risk", "1", "day", "2026-03-09", "flag", "true", "name", "上海宏明电器有限公司"),
                Map.of("risk", "2.5", "day", "2027-01-01", "flag", "false", "name", "乙"));
        assertThat(problems).extracting(Problem::field).containsExactly("firms.csv:企业:2:2", "firms.csv:企业:3:2");
    }

    /** A workbook as a script writes it: no styles, no shared strings, inline text only. */
    static byte[] minimalXlsx(String... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            java.util.function.BiConsumer<String, String> put = (name, text) -> {
                try {
                    zip.putNextEntry(new java.util.zip.ZipEntry(name));
                    zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            put.accept("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put.accept("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put.accept("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put.accept("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 0; r < rows.length; r++) {
                sheet.append("<row r=\"").append(r + 1).append("\">");
                String[] cells = rows[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                            .append(cells[c]).append("</t></is></c>");
                }
                sheet.append("</row>");
            }
            put.accept("xl/worksheets/sheet1.xml", sheet.append("</sheetData></worksheet>").toString());
        }
        return out.toByteArray();
    }

    @Test
    void aMinimalWorkbookWithoutStylesOrSharedStringsIsRead() throws IOException {
        Result r = read(minimalXlsx("uscc,name,risk", "91310115MA1K3YJ574,上海宏明电器有限公司,1"), "uscc");

        assertThat(problems).isEmpty();
        assertThat(r.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("uscc")).isEqualTo("91310115MA1K3YJ574");
            assertThat(row.get("name")).isEqualTo("上海宏明电器有限公司");
        });
    }

    @Test
    void aWorkbookWithoutARequiredColumnIsNamed() throws IOException {
        read(xlsx("Sheet1", List.of(List.of("name"), List.of("甲"))), "uscc");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firms.csv:Sheet1:1:0");
            assertThat(p.message()).contains("missing required column \"uscc\"");
        });
    }

    @Test
    void aMissingColumnIsNamedAndNoRowIsRead() {
        Result r = read("name\n甲\n".getBytes(StandardCharsets.UTF_8), "uscc");

        assertThat(r.rows()).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firms.csv:1:0");
            assertThat(p.message()).isEqualTo("missing required column \"uscc\" (header: name)");
        });
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        read("uscc,name,uscc\nA,B,C\n".getBytes(StandardCharsets.UTF_8), "uscc");

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("firms.csv:1:3"));
    }

    @Test
    void aFieldOfExactlyTheLimitIsReadAndOneMoreIsRefused() {
        String ok = "a".repeat(Table.MAX_FIELD_CHARS);

        Result fits = read(("uscc,name\nX,\"" + ok + "\"\n").getBytes(StandardCharsets.UTF_8), "uscc");
        assertThat(problems).isEmpty();
        assertThat(fits.rows()).singleElement().satisfies(r -> assertThat(r.get("name")).hasSize(4096));

        read(("uscc,name\nX,\"" + ok + "a\"\n").getBytes(StandardCharsets.UTF_8), "uscc");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firms.csv:2:2");
            assertThat(p.message()).isEqualTo("a field is longer than 4096 characters");
        });
    }

    @Test
    void aHeaderOfExactlyTheLimitIsReadAndOneMoreIsRefused() {
        String name = "x".repeat(Table.MAX_HEADER_CHARS - "uscc,".length());

        read(("uscc," + name + "\nA,B\n").getBytes(StandardCharsets.UTF_8), "uscc");
        assertThat(problems).isEmpty();

        read(("uscc," + name + "y\nA,B\n").getBytes(StandardCharsets.UTF_8), "uscc");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firms.csv:1:0");
            assertThat(p.message()).contains("header line is longer than 65536");
        });
    }

    /** Issue 10 item 1: an 80 MiB line without a line break, made on the fly, never held by the test or the reader. */
    @Test
    void refusesAnEightyMebibyteLineAfterReadingLittleOfIt() {
        long[] served = {0};
        byte[] head = "uscc,name\n91310115MA1K3YJ574,".getBytes(StandardCharsets.UTF_8);
        long size = 80L * 1024 * 1024;
        InputStream huge = new InputStream() {
            @Override
            public int read() {
                if (served[0] >= size) {
                    return -1;
                }
                return served[0] < head.length ? head[(int) served[0]++] : (int) (served[0]++ % 26) + 'a';
            }
        };

        read(huge, "uscc");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firms.csv:2:2");
            assertThat(p.toString()).hasSizeLessThan(200);
        });
        assertThat(served[0]).isLessThan(128 * 1024);
    }

    @Test
    void aQuoteIsCutAtTwoHundredCharacters() {
        assertThat(Quote.of("a".repeat(200))).hasSize(202);
        assertThat(Quote.of("a".repeat(201))).isEqualTo("\"" + "a".repeat(200) + "… (201 characters)\"");
    }

    @Test
    void aMalformedCsvIsNamedWithoutLibraryNames() {
        read("uscc,name\nX,\"unterminated\n".getBytes(StandardCharsets.UTF_8), "uscc");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firms.csv:2:2");
            assertThat(p.message()).startsWith("unreadable CSV: a quoted value that starts here is not closed");
            assertThat(p.message()).doesNotContain("org.apache", "Exception");
        });
    }

    @Test
    void textAfterAClosingQuoteIsNamedWithItsLineAndColumn() {
        read("uscc,name\nA,B\n\nC,\"D\"E\n".getBytes(StandardCharsets.UTF_8), "uscc");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firms.csv:4:2");
            assertThat(p.message()).startsWith("unreadable CSV: after the closing quote of a value comes \"E\"");
        });
    }

    @Test
    void aRowIsOnTheLineItStartsOnWhateverComesBefore() {
        Result r = read("uscc,name\r\n\r\nA,\"two\nlines\"\n\n\nB,x\n".getBytes(StandardCharsets.UTF_8), "uscc");

        assertThat(problems).isEmpty();
        assertThat(r.rows()).extracting(row -> row.get("uscc") + "@" + row.get("line")).containsExactly("A@3", "B@7");
        assertThat(r.rows().get(0).get("name")).isEqualTo("two\nlines");
    }
}
