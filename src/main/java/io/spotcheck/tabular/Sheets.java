package io.spotcheck.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
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

    /** How a date cell shows: as the CSV files write dates, and Excel sorts and filters it as a date. */
    public static final String DATE_FORMAT = "yyyy-mm-dd";

    /**
     * One sheet: a bold, frozen header row, then the rows, streamed to {@code out}. A cell is text ({@code String};
     * an empty one is left blank), a number ({@code Number}) or a date ({@code LocalDate}, a date cell shown as
     * {@value #DATE_FORMAT}); {@code null} is blank.
     */
    public static void write(OutputStream out, String sheet, List<String> header, Iterable<? extends List<?>> rows)
            throws IOException {
        Workbook wb = new Workbook(out, "Spotcheck", null);
        Worksheet ws = wb.newWorksheet(sheet);
        header(ws, header);
        int r = 1;
        for (List<?> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                cell(ws, r, c, row.get(c));
            }
            if (r % 1000 == 0) {
                ws.flush();
            }
            r++;
        }
        wb.finish();
    }

    /** Row 0 of {@code ws}: {@code header}, bold, frozen above the rows. */
    public static void header(Worksheet ws, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        ws.range(0, 0, 0, header.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
    }

    /** One cell, as {@link #write} writes it: text, a number, a date cell, or blank; anything else is refused. */
    public static void cell(Worksheet ws, int r, int c, Object cell) {
        if (cell instanceof String text) {
            if (!text.isEmpty()) {
                ws.value(r, c, text);
            }
        } else if (cell instanceof Number number) {
            ws.value(r, c, number);
        } else if (cell instanceof LocalDate date) {
            ws.value(r, c, date);
            ws.style(r, c).format(DATE_FORMAT).set();
        } else if (cell != null) {
            throw new IllegalArgumentException("a sheet cell is text, a number or a date, not "
                    + cell.getClass().getName());
        }
    }
}
