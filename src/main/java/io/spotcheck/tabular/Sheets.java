package io.spotcheck.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writing tables for people: an XLSX workbook of one sheet, and the byte-order mark every CSV download starts with. */
public final class Sheets {

    /** Starts every CSV Spotcheck writes, so Chinese Excel reads it as UTF-8 (CONTRACT §2 version 2). */
    public static final String BOM = "\uFEFF";

    /** The media type of an XLSX workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Sheets() {
    }

    /** One sheet: a bold, frozen header row, then the rows as text, streamed to {@code out}. */
    public static void write(OutputStream out, String sheet, List<String> header, Iterable<List<String>> rows)
            throws IOException {
        Workbook wb = new Workbook(out, "Spotcheck", null);
        Worksheet ws = wb.newWorksheet(sheet);
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        ws.range(0, 0, 0, header.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
        int r = 1;
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isEmpty()) {
                    ws.value(r, c, row.get(c));
                }
            }
            if (r % 1000 == 0) {
                ws.flush();
            }
            r++;
        }
        wb.finish();
    }
}
