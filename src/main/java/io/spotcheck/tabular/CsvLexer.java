package io.spotcheck.tabular;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The records of CSV text, read the way {@link Table#FORMAT} (Commons CSV: RFC 4180, values trimmed, empty lines
 * skipped) reads them, value for value — {@code CsvLexerTest} holds the two side by side on generated text — and the
 * limits of CONTRACT §4 checked as the text streams by, so a line without end is refused after a buffer of it.
 * It scans a buffer of characters and cuts each value out once, where Commons CSV copies every character through a
 * builder (the plan reads 23 million values). A record's line is the line its first character is on; a line ends at
 * LF, CR or CR LF.
 */
final class CsvLexer {

    private static final int START = 16 * 1024;

    private final Reader in;
    private char[] buf = new char[START];
    private int pos;
    private int lim;
    private boolean eof;
    /** Where the current record, field and stretch of quoted text start in {@link #buf}; a refill moves them. */
    private int recordStart;
    private int fieldStart;
    private int stretchStart;
    /** The line of {@code buf[pos]}, and whether the character before it was a CR (CR LF is one line end). */
    private long line = 1;
    private boolean afterCr;
    private long recordLine;
    private long fieldLine;
    /** How far the current field's characters are counted against the field limit, and how many there are. */
    private int countedTo;
    private int counted;
    private long countedLine;
    private boolean countedAfterCr;
    private int field;
    private long records;
    private String[] values = new String[16];
    private final StringBuilder unquoted = new StringBuilder();

    CsvLexer(Reader in) {
        this.in = in;
    }

    /** The line the record {@link #next()} returned last starts on (1-based). */
    long line() {
        return recordLine;
    }

    /** The next record's values, trimmed; null at the end of the text. */
    String[] next() throws IOException {
        while (true) { // empty lines are skipped
            recordStart = pos;
            startField();
            if (pos == lim) {
                if (!fill()) {
                    return null;
                }
            }
            char c = buf[pos];
            if (c != '\n' && c != '\r') {
                break;
            }
            lineEnd(c);
        }
        recordStart = pos;
        recordLine = line;
        field = 0;
        while (true) {
            startField();
            String value;
            if (pos == lim && !fill()) {
                value = ""; // the text ends right after a comma
            } else if (buf[pos] == '"') {
                value = quoted();
            } else {
                value = plain();
            }
            if (field == values.length) {
                values = Arrays.copyOf(values, field * 2);
            }
            values[field++] = value;
            if (pos == lim && !fill()) {
                return record();
            }
            char c = buf[pos];
            if (c == ',') {
                pos++;
                continue;
            }
            checkRecord(pos);
            lineEnd(c);
            return record();
        }
    }

    private String[] record() {
        records++;
        return Arrays.copyOf(values, field);
    }

    /** A value up to the next comma or line end, quotes and all. */
    private String plain() throws IOException {
        int p = pos;
        while (true) {
            char[] b = buf;
            int l = lim;
            while (p < l) {
                char c = b[p];
                if (c <= ',' && (c == ',' || c == '\n' || c == '\r')) { // letters, digits and Chinese: one test
                    break;
                }
                p++;
            }
            if (p < lim) {
                break;
            }
            pos = p;
            boolean more = fill();
            p = pos; // the refill may have moved the text
            if (!more) {
                break;
            }
        }
        pos = p;
        checkField(fieldStart, p);
        return trimmed(buf, fieldStart, p);
    }

    /** A value in quotes: {@code ""} is one quote; after the closing quote only blanks until a comma or line end. */
    private String quoted() throws IOException {
        unquoted.setLength(0);
        pos++;
        stretchStart = pos;
        while (true) {
            if (pos == lim && !fill()) {
                throw unreadable(fieldLine, "a quoted value that starts here is not closed before the end of the file");
            }
            char c = buf[pos];
            if (c == '"') {
                unquoted.append(buf, stretchStart, pos - stretchStart);
                pos++;
                if ((pos < lim || fill()) && buf[pos] == '"') {
                    stretchStart = pos; // the second quote of "" is kept
                    pos++;
                    afterCr = false;
                    continue;
                }
                break;
            }
            line += endsLine(c, afterCr) ? 1 : 0;
            afterCr = c == '\r';
            pos++;
        }
        afterCr = false;
        while (pos < lim || fill()) {
            char c = buf[pos];
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (!Character.isWhitespace(c)) {
                throw unreadable(line, "after the closing quote of a value comes " + Quote.of(String.valueOf(c))
                        + " where a comma or a line end belongs (a quote inside a quoted value is written \"\")");
            }
            pos++;
        }
        checkField(fieldStart, pos);
        return unquoted.toString().trim();
    }

    private void startField() {
        fieldStart = pos;
        fieldLine = line;
        countedTo = pos;
        counted = 0;
        countedLine = line;
        countedAfterCr = false;
    }

    private UnreadableInput unreadable(long at, String message) {
        return new UnreadableInput(at + ":" + (field + 1), "unreadable CSV: " + message);
    }

    private void lineEnd(char c) throws IOException {
        pos++;
        startField(); // the record before is cut: a refill here must neither keep nor count it
        recordStart = pos;
        if (c == '\r' && (pos < lim || fill()) && buf[pos] == '\n') {
            pos++;
        }
        line++;
    }

    /** Whether {@code c} ends a line: a CR, or an LF not right after one (CR LF is one line end). */
    private static boolean endsLine(char c, boolean afterCr) {
        return c == '\r' || c == '\n' && !afterCr;
    }

    private static String trimmed(char[] b, int from, int to) {
        while (from < to && b[from] <= ' ') {
            from++;
        }
        while (to > from && b[to - 1] <= ' ') {
            to--;
        }
        return from == to ? "" : new String(b, from, to - from);
    }

    /**
     * Reads more text after what is held, keeping the current record (moved to the front of the buffer, which
     * doubles when the record fills it); the limits are checked first, so no more than one buffer past a limit is
     * ever read. False at the end of the text.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        checkField(fieldStart, pos);
        checkRecord(pos);
        int keep = recordStart;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, lim - keep);
            pos -= keep;
            lim -= keep;
            fieldStart -= keep;
            countedTo -= keep;
            stretchStart -= keep;
            recordStart = 0;
        }
        if (lim == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n <= 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }

    /**
     * A field's characters, quotes and CRs not counted, at most {@link Table#MAX_FIELD_CHARS}; the problem names the
     * line where the limit is crossed. Counted as the text comes, each character once, however often a long field is
     * refilled.
     */
    private void checkField(int from, int to) throws UnreadableInput {
        if (records == 0 || to - from <= Table.MAX_FIELD_CHARS) {
            return;
        }
        for (int i = Math.max(countedTo, from); i < to; i++) {
            char c = buf[i];
            if (c != '"' && c != '\r' && ++counted > Table.MAX_FIELD_CHARS) {
                throw new UnreadableInput(countedLine + ":" + (field + 1), "a field is longer than "
                        + Table.MAX_FIELD_CHARS + " characters");
            }
            countedLine += endsLine(c, countedAfterCr) ? 1 : 0;
            countedAfterCr = c == '\r';
        }
        countedTo = Math.max(countedTo, to);
    }

    /** A record's characters (its line end not counted): the header at most {@link Table#MAX_HEADER_CHARS}. */
    private void checkRecord(int to) throws UnreadableInput {
        int max = records == 0 ? Table.MAX_HEADER_CHARS : Table.MAX_ROW_CHARS;
        if (to - recordStart <= max) {
            return;
        }
        long at = recordLine;
        boolean cr = false;
        for (int i = recordStart; i < recordStart + max; i++) {
            char c = buf[i];
            at += endsLine(c, cr) ? 1 : 0;
            cr = c == '\r';
        }
        throw new UnreadableInput(at + ":0", records == 0
                ? "the header line is longer than " + Table.MAX_HEADER_CHARS + " characters"
                : "a row is longer than " + Table.MAX_ROW_CHARS + " characters");
    }
}
