package io.spotcheck.tabular;

import io.spotcheck.casefile.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One input table with a header row, whatever Excel saved it as (CONTRACT §2 version 2): CSV in UTF-8 with or
 * without a byte-order mark or in GB18030, LF or CRLF, or an XLSX workbook (its first sheet), recognised by its
 * content, never by its name. Columns come in any order; unknown ones are ignored; required ones are checked.
 * Read as a stream within the limits of CONTRACT §4; every problem is named by file, line and column, and quotes
 * at most {@value Quote#MAX} characters of what it refuses.
 */
public final class Table {

    /**
     * The one CSV dialect of every input: RFC 4180, values trimmed, empty lines skipped. Inputs are read by
     * {@link CsvLexer}, which reads what Commons CSV reads with this format; the benchmark's baseline parses with it.
     */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
    public static final int MAX_HEADER_CHARS = 64 * 1024;
    public static final int MAX_FIELD_CHARS = 4 * 1024;
    public static final int MAX_ROW_CHARS = 1024 * 1024;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0};

    /** How many rows were read, and what the file was found to be. */
    public record Read(long rows, Encoding encoding) {
    }

    private final String file;
    private final Consumer<Problem> problems;
    private long every = Long.MAX_VALUE;
    private LongConsumer rowsRead = n -> { };

    /** {@code file}: the name problems carry (the contract's name, e.g. {@code firms.csv}). */
    public Table(String file, Consumer<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * Tells {@code rowsRead} how many rows have been read every {@code every} CSV rows (progress for long files).
     * The reader's own consumer stays the one the rows go to, so the JIT sees one kind of row handler per call.
     */
    public Table progress(long every, LongConsumer rowsRead) {
        this.every = every;
        this.rowsRead = rowsRead;
        return this;
    }

    /**
     * Reads every row of {@code in} into {@code rows}. A file that is not readable text or a workbook, a missing
     * required column, or a limit crossed is one problem of the file and stops the reading (rows before it may have
     * been given: the caller refuses the whole input when any problem was recorded). Returns what was read; its
     * encoding is null when the kind of file could not be told.
     */
    public Read read(InputStream in, List<String> required, long maxRows, Consumer<Row> rows) {
        Encoding encoding = null;
        long[] count = {0};
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 8192);
            byte[] head = peek(buffered, 4);
            if (startsWith(head, ZIP)) {
                encoding = Encoding.XLSX;
                new Workbook(file, problems).read(buffered, required, maxRows, count, rows);
                return new Read(count[0], encoding);
            }
            if (startsWith(head, OLE2)) {
                problems.accept(new Problem(file + ":0:0", "Excel 97-2003 工作簿 (.xls) 不受支持，请另存为 XLSX 或 CSV UTF-8"
                        + " (an Excel 97-2003 .xls workbook; save it as XLSX or CSV UTF-8)"));
                return new Read(0, null);
            }
            int skipped = 0;
            if (startsWith(head, BOM)) {
                buffered.skipNBytes(3);
                skipped = 3;
            }
            DecodingReader text = new DecodingReader(buffered, skipped);
            try {
                csv(text, required, maxRows, count, rows);
            } finally {
                encoding = text.encoding();
            }
            return new Read(count[0], encoding);
        } catch (UnreadableInput e) {
            problems.accept(new Problem(file + ":" + e.where(), e.getMessage()));
        } catch (UncheckedIOException e) {
            refuse(e.getCause());
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            refuse(e);
        }
        return new Read(count[0], encoding);
    }

    /**
     * The baseline for benchmarks: decode and parse a CSV file the same way and touch every value, nothing more.
     * Returns the characters read.
     */
    public static long parseOnly(InputStream in) throws IOException {
        long chars = 0;
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        int skipped = startsWith(peek(buffered, 3), BOM) ? 3 : 0;
        buffered.skipNBytes(skipped);
        try (CSVParser parser = FORMAT.parse(new GuardedReader(new DecodingReader(buffered, skipped)))) {
            for (CSVRecord record : parser) {
                for (String value : record) {
                    chars += value.length();
                }
            }
        }
        return chars;
    }

    private void refuse(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof UnreadableInput u) {
            problems.accept(new Problem(file + ":" + u.where(), u.getMessage()));
            return;
        }
        String message = root.getMessage() == null ? "malformed" : root.getMessage();
        problems.accept(new Problem(file + ":0:0", "unreadable CSV: " + Quote.cut(message)));
    }

    private void csv(DecodingReader text, List<String> required, long maxRows, long[] count, Consumer<Row> rows)
            throws IOException {
        CsvLexer lexer = new CsvLexer(text);
        String[] first = lexer.next();
        Map<String, Integer> byName = header(first == null ? List.of() : Arrays.asList(first), required);
        if (first == null || byName == null) {
            return;
        }
        Columns header = new Columns(byName);
        for (String[] values = lexer.next(); values != null; values = lexer.next()) {
            if (++count[0] > maxRows) {
                tooManyRows(lexer.line(), maxRows);
                return;
            }
            String[] cells = values;
            rows.accept(new Row(file, header, i -> cells[i], cells.length, lexer.line(), problems));
            if (count[0] % every == 0) {
                rowsRead.accept(count[0]);
            }
        }
    }

    void tooManyRows(long line, long maxRows) {
        problems.accept(new Problem(file + ":" + line + ":0", "more than " + maxRows
                + " rows; the configured limit is reached"));
    }

    /** The header's columns by name, or null (with the problems recorded) when a required one is missing. */
    Map<String, Integer> header(List<String> names, List<String> required) {
        return header(file, names, required);
    }

    Map<String, Integer> header(String where, List<String> names, List<String> required) {
        Map<String, Integer> header = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                continue;
            }
            Integer before = header.putIfAbsent(name, i);
            if (before != null) {
                problems.accept(new Problem(where + ":1:" + (i + 1), "column " + Quote.of(name)
                        + " is named twice (first in column " + (before + 1) + ")"));
                ok = false;
            }
        }
        for (String column : required) {
            if (!header.containsKey(column)) {
                problems.accept(new Problem(where + ":1:0", "missing required column \"" + column + "\" (header: "
                        + Quote.cut(String.join(",", names)) + ")"));
                ok = false;
            }
        }
        return ok ? header : null;
    }

    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] head = in.readNBytes(n);
        in.reset();
        return head;
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
