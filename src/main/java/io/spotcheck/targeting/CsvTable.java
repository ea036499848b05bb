package io.spotcheck.targeting;

import io.spotcheck.casefile.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One UTF-8 CSV input with a header row: columns in any order, unknown ones ignored, required ones checked.
 * Problems are named {@code file:line:column} with the column's name.
 */
final class CsvTable {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).get();

    private final String file;
    private final PlanProblems problems;

    CsvTable(String file, PlanProblems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** A row: trimmed values by column name, and a way to name a problem in one of its cells. */
    final class Row {
        private final CSVRecord record;
        private final Map<String, Integer> header;
        private final long line;

        Row(CSVRecord record, Map<String, Integer> header, long line) {
            this.record = record;
            this.header = header;
            this.line = line;
        }

        String get(String column) {
            Integer i = header.get(column);
            return i == null || i >= record.size() ? "" : record.get(i);
        }

        long line() {
            return line;
        }

        void problem(String column, String message) {
            Integer i = header.get(column);
            problems.add(new Problem(file + ":" + line + ":" + (i == null ? 0 : i + 1), column + ": " + message));
        }
    }

    /** The baseline for benchmarks: parse a file with the same format and touch every value, nothing more. */
    static long parseOnly(InputStream in) throws IOException {
        long chars = 0;
        try (CSVParser parser = FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord record : parser) {
                for (String value : record) {
                    chars += value.length();
                }
            }
        }
        return chars;
    }

    /**
     * Reads every row into {@code consumer}; a missing required column or malformed CSV is a problem of the file
     * and no rows are read. Returns the number of rows read.
     */
    long read(InputStream in, List<String> required, long maxRows, Progress progress, Consumer<Row> consumer) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CSVParser parser = FORMAT.parse(new InputStreamReader(in, decoder))) {
            Map<String, Integer> header = parser.getHeaderMap();
            boolean missing = false;
            for (String column : required) {
                if (!header.containsKey(column)) {
                    problems.add(new Problem(file + ":1:0", "missing required column \"" + column + "\" (header: "
                            + String.join(",", header.keySet()) + ")"));
                    missing = true;
                }
            }
            if (missing) {
                return 0;
            }
            long rows = 0;
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long lineBefore = parser.getCurrentLineNumber();
                if (!it.hasNext()) {
                    return rows;
                }
                CSVRecord record = it.next();
                if (++rows > maxRows) {
                    problems.add(new Problem(file + ":" + (lineBefore + 1) + ":0",
                            "more than " + maxRows + " rows; the configured limit (spotcheck.plan.max-rows) is reached"));
                    return rows;
                }
                consumer.accept(new Row(record, header, lineBefore + 1));
                if (rows % Progress.EVERY == 0) {
                    progress.rows(file, rows);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                message = "not valid UTF-8";
            }
            problems.add(new Problem(file + ":0:0", "unreadable CSV: " + message));
            return 0;
        }
    }
}
