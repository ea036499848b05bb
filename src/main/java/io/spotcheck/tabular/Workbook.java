package io.spotcheck.tabular;

import io.spotcheck.casefile.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an XLSX workbook as a table, its first row the header. The upload is copied to a temporary
 * file (a ZIP is read from its end) and the sheet is then streamed row by row, so memory does not grow with the
 * number of rows. Cells read as a person sees them: text as typed, whole numbers without ".0", dates as
 * {@code YYYY-MM-DD}, booleans as {@code true}/{@code false}. Problems are named {@code file:sheet:row:column}.
 */
final class Workbook {

    private final String file;
    private final Consumer<Problem> problems;

    Workbook(String file, Consumer<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void read(InputStream in, List<String> required, long maxRows, long[] count,
              Consumer<io.spotcheck.tabular.Row> rows) throws IOException {
        Path copy = Files.createTempFile("spotcheck-", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            // a minimal workbook (no styles part: written by a script, not by Excel) has no cell formats to read
            boolean formats = hasStyles(copy);
            try (ReadableWorkbook wb = new ReadableWorkbook(copy.toFile(), new ReadingOptions(formats, false));
                 Stream<org.dhatim.fastexcel.reader.Row> stream = wb.getFirstSheet().openStream()) {
                read(wb.getFirstSheet(), stream.iterator(), required, maxRows, count, rows);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (RuntimeException e) {
                throw new UnreadableInput("0:0", "unreadable XLSX workbook: " + Quote.cut(
                        e.getMessage() == null ? "malformed" : e.getMessage()));
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Whether the workbook has a styles part (where Excel keeps number and date formats). */
    private static boolean hasStyles(Path xlsx) {
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().toLowerCase(java.util.Locale.ROOT).endsWith("styles.xml"));
        } catch (IOException e) {
            return true; // not a readable ZIP: the reader says so below
        }
    }

    private void read(Sheet sheet, Iterator<org.dhatim.fastexcel.reader.Row> it, List<String> required, long maxRows,
                      long[] count, Consumer<io.spotcheck.tabular.Row> rows) throws UnreadableInput {
        String where = file + ":" + sheet.getName();
        Table table = new Table(where, problems);
        if (!it.hasNext()) {
            table.header(where, List.of(), required);
            return;
        }
        org.dhatim.fastexcel.reader.Row first = it.next();
        List<String> names = cells(first, where);
        int headerChars = names.stream().mapToInt(String::length).sum() + names.size();
        if (headerChars > Table.MAX_HEADER_CHARS) {
            throw new UnreadableInput(sheet.getName() + ":" + first.getRowNum() + ":0",
                    "the header row is longer than " + Table.MAX_HEADER_CHARS + " characters");
        }
        Map<String, Integer> byName = table.header(where, names, required);
        if (byName == null) {
            return;
        }
        Columns header = new Columns(byName);
        while (it.hasNext()) {
            org.dhatim.fastexcel.reader.Row row = it.next();
            List<String> values = cells(row, where);
            if (values.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (++count[0] > maxRows) {
                table.tooManyRows(row.getRowNum(), maxRows);
                return;
            }
            rows.accept(new io.spotcheck.tabular.Row(where, header, values::get, values.size(), row.getRowNum(),
                    problems));
        }
    }

    private List<String> cells(org.dhatim.fastexcel.reader.Row row, String where) throws UnreadableInput {
        int n = row.getCellCount();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String v = text(row.getCell(i));
            if (v.length() > Table.MAX_FIELD_CHARS) {
                throw new UnreadableInput(where.substring(file.length() + 1) + ":" + row.getRowNum() + ":" + (i + 1),
                        "a cell is longer than " + Table.MAX_FIELD_CHARS + " characters");
            }
            values.add(v);
        }
        return values;
    }

    /** A cell as a person reads it. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        String text = switch (cell.getType()) {
            case NUMBER -> number(cell);
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
            case EMPTY -> "";
            case STRING -> cell.asString();
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
        return text == null ? "" : text.strip();
    }

    private static String number(Cell cell) {
        if (isDate(cell.getDataFormatId(), cell.getDataFormatString())) {
            LocalDateTime t = cell.asDate();
            return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
        }
        BigDecimal n = cell.asNumber();
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    /** Excel's built-in date formats (14–22, 45–47) or a custom one with day, month or year fields. */
    static boolean isDate(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return (f.contains("y") || f.contains("d") || f.contains("m")) && !f.contains("0") && !f.contains("#");
    }
}
