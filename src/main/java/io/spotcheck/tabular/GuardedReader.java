package io.spotcheck.tabular;

import java.io.IOException;
import java.io.Reader;

/**
 * Enforces the limits of CONTRACT §4 on CSV text as it streams by, before the parser holds it: a header line of at
 * most {@value Table#MAX_HEADER_CHARS} characters, fields of at most {@value Table#MAX_FIELD_CHARS} (quotes not
 * counted) and rows of at most {@value Table#MAX_ROW_CHARS}. It follows quotes the way RFC 4180 does, so a quoted
 * comma or line break stays inside its field. The first field over a limit is named by line and column. Only the
 * benchmark's baseline ({@link Table#parseOnly}, Commons CSV) reads through it; {@link CsvLexer} checks the limits
 * itself.
 */
final class GuardedReader extends Reader {

    private final Reader in;
    private long line = 1;
    private long record;
    private int field;
    private int fieldChars;
    private int recordChars;
    private boolean quoted;

    GuardedReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = in.read(cbuf, off, len);
        for (int i = off; i < off + n; i++) {
            char c = cbuf[i];
            recordChars++;
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                field++;
                fieldChars = 0;
            } else if (!quoted && c == '\n') {
                record++;
                field = 0;
                fieldChars = 0;
                recordChars = 0;
            } else if (c != '\r') {
                fieldChars++;
            }
            if (record == 0 && recordChars > Table.MAX_HEADER_CHARS) {
                throw new UnreadableInput(line + ":0", "the header line is longer than "
                        + Table.MAX_HEADER_CHARS + " characters");
            }
            if (record > 0 && fieldChars > Table.MAX_FIELD_CHARS) {
                throw new UnreadableInput(line + ":" + (field + 1), "a field is longer than "
                        + Table.MAX_FIELD_CHARS + " characters");
            }
            if (recordChars > Table.MAX_ROW_CHARS) {
                throw new UnreadableInput(line + ":0", "a row is longer than " + Table.MAX_ROW_CHARS + " characters");
            }
            if (c == '\n') {
                line++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
