package io.spotcheck.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The lexer reads what Commons CSV reads with {@link Table#FORMAT}, value for value, on any text made of the
 * characters that matter to CSV (and refuses what it refuses); and where a record starts, where the text is cut
 * between two reads, does not change what is read.
 */
class CsvLexerTest {

    /** Commas, quotes, every line end, blanks of both kinds, letters and Chinese. */
    @Provide
    Arbitrary<String> csvText() {
        return Arbitraries.of(',', '"', '\n', '\r', ' ', '\t', '\u3000', 'a', 'b', '中')
                .list().ofMaxSize(60).map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    @Property(tries = 3000)
    void readsWhatCommonsCsvReads(@ForAll("csvText") String text) throws IOException {
        List<List<String>> expected;
        try {
            expected = commons(text);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            assertThatThrownBy(() -> lexer(text, Integer.MAX_VALUE)).isInstanceOf(UnreadableInput.class)
                    .hasMessageStartingWith("unreadable CSV: ");
            return;
        }
        assertThat(lexer(text, Integer.MAX_VALUE)).isEqualTo(expected);
        assertThat(lexer(text, 1)).isEqualTo(expected);
        assertThat(lexer(text, 3)).isEqualTo(expected);
    }

    @Test
    void aRecordIsOnTheLineItStartsOn() throws IOException {
        CsvLexer lexer = new CsvLexer(new StringReader("h\r\n\r\n\na,\"x\ny\"\rb\n\n"));

        assertThat(lexer.next()).containsExactly("h");
        assertThat(lexer.line()).isEqualTo(1);
        assertThat(lexer.next()).containsExactly("a", "x\ny");
        assertThat(lexer.line()).isEqualTo(4);
        assertThat(lexer.next()).containsExactly("b");
        assertThat(lexer.line()).isEqualTo(6);
        assertThat(lexer.next()).isNull();
    }

    /** Found by review: a CR, then "", then LF inside quotes was one line end too few for every line after it. */
    @Test
    void aCrThenAnEscapedQuoteThenLfInsideQuotesAreTwoLineEnds() throws IOException {
        CsvLexer lexer = new CsvLexer(new StringReader("h\n\"\r\"\"\n\"\nx\n"));

        assertThat(lexer.next()).containsExactly("h");
        assertThat(lexer.next()).containsExactly("\"");
        assertThat(lexer.line()).isEqualTo(2);
        assertThat(lexer.next()).containsExactly("x");
        assertThat(lexer.line()).isEqualTo(5);
    }

    /** Found by review: the CR ending a record of exactly the limit was counted when the text was refilled after it. */
    @Test
    void aHeaderAndARowOfExactlyTheLimitEndingInCrAreRead() throws IOException {
        String row = ("b".repeat(Table.MAX_FIELD_CHARS) + ",").repeat(Table.MAX_ROW_CHARS / (Table.MAX_FIELD_CHARS + 1));
        String exact = row + "c".repeat(Table.MAX_ROW_CHARS - row.length());

        assertThat(lexer("h".repeat(Table.MAX_HEADER_CHARS) + "\r", 1000)).hasSize(1);
        assertThat(lexer("h".repeat(Table.MAX_HEADER_CHARS) + "\r\n", Table.MAX_HEADER_CHARS + 1)).hasSize(1);
        assertThat(lexer("h\r\n" + exact + "\r", 8192)).hasSize(2);
        assertThatThrownBy(() -> lexer("h".repeat(Table.MAX_HEADER_CHARS + 1) + "\r", 1000))
                .isInstanceOf(UnreadableInput.class);
    }

    /** Quotes are not counted against the field limit, so a long field of escaped quotes is read, in small reads too. */
    @Test
    void aLongFieldOfEscapedQuotesIsCountedAsItComes() throws IOException {
        String quotes = "\"\"".repeat(3 * Table.MAX_FIELD_CHARS);

        assertThat(lexer("h,i\n1,\"" + quotes + "\"\n", 64)).element(1).asList().element(1)
                .isEqualTo("\"".repeat(3 * Table.MAX_FIELD_CHARS));
    }

    @Test
    void anUnclosedQuoteIsNamedWhereItOpens() {
        assertThatThrownBy(() -> lexer("h,i\na,\"b\nc\n", 5)).isInstanceOfSatisfying(UnreadableInput.class, e -> {
            assertThat(e.where()).isEqualTo("2:2");
            assertThat(e.getMessage()).isEqualTo("unreadable CSV: a quoted value that starts here is not closed before"
                    + " the end of the file");
        });
    }

    @Test
    void textAfterAClosingQuoteIsNamedWithItsColumn() {
        assertThatThrownBy(() -> lexer("h,i,j\n1,\"a\"b,c\n", 4)).isInstanceOfSatisfying(UnreadableInput.class,
                e -> {
                    assertThat(e.where()).isEqualTo("2:2");
                    assertThat(e.getMessage()).startsWith("unreadable CSV: after the closing quote of a value comes"
                            + " \"b\"");
                });
    }

    @Test
    void aFieldOverTheLimitIsNamedOnTheLineWhereItCrossesIt() throws IOException {
        String value = "a\n".repeat(Table.MAX_FIELD_CHARS / 2) + "b";

        assertThatThrownBy(() -> lexer("h,i\n1,\"" + value + "\"\n", 1000))
                .isInstanceOfSatisfying(UnreadableInput.class, e -> {
                    assertThat(e.where()).isEqualTo((2 + Table.MAX_FIELD_CHARS / 2) + ":2");
                    assertThat(e.getMessage()).isEqualTo("a field is longer than 4096 characters");
                });
        String fits = "a\r\n".repeat(Table.MAX_FIELD_CHARS / 2);
        assertThat(lexer("h,i\n1,\"" + fits + "\"\n", 1000)).element(1).asList().element(1)
                .isEqualTo(fits.trim());
    }

    @Test
    void aRowOverTheLimitIsRefusedAndOneOfExactlyTheLimitIsRead() throws IOException {
        String row = ("b".repeat(Table.MAX_FIELD_CHARS) + ",").repeat(Table.MAX_ROW_CHARS / (Table.MAX_FIELD_CHARS + 1));
        String exact = row + "c".repeat(Table.MAX_ROW_CHARS - row.length());

        assertThat(lexer("h\n" + exact + "\n", 8192)).hasSize(2);
        assertThatThrownBy(() -> lexer("h\n" + exact + "c\n", 8192)).isInstanceOfSatisfying(UnreadableInput.class,
                e -> {
                    assertThat(e.where()).isEqualTo("2:0");
                    assertThat(e.getMessage()).isEqualTo("a row is longer than 1048576 characters");
                });
    }

    private static List<List<String>> commons(String text) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser parser = Table.FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                out.add(record.toList());
            }
        }
        return out;
    }

    /** Everything the lexer reads from {@code text}, given at most {@code chunk} characters per read. */
    private static List<List<String>> lexer(String text, int chunk) throws IOException {
        Reader in = new StringReader(text) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return super.read(cbuf, off, Math.min(len, chunk));
            }
        };
        CsvLexer lexer = new CsvLexer(in);
        List<List<String>> out = new ArrayList<>();
        for (String[] r = lexer.next(); r != null; r = lexer.next()) {
            out.add(List.of(r));
        }
        return out;
    }
}
