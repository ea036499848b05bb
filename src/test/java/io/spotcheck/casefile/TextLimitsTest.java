package io.spotcheck.casefile;

import static io.spotcheck.support.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.support.TestRules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CONTRACT §4 "Limits": text without control characters or unpaired surrogates, bounded text and arrays. */
class TextLimitsTest {

    private static List<Problem> problems(byte[] json) {
        try {
            TestRules.READER.read(json);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the input to be refused");
    }

    private static List<Problem> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A valid case whose firm name is the JSON string literal {@code literal} (quotes included). */
    private static String withName(String literal) {
        return text(aCase().firm("name", "NAME")).replace("\"NAME\"", literal);
    }

    private static String text(io.spotcheck.support.CaseBuilder c) {
        return new String(c.json(), StandardCharsets.UTF_8);
    }

    private static void accepted(String json) {
        assertThat(TestRules.READER.read(json.getBytes(StandardCharsets.UTF_8))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0009", "\\n", "\\u001F", "\\u007F", "\\u0085", "\\u009F"})
    @DisplayName("a control character in text is refused, naming the field and the character")
    void refusesControlCharacters(String escape) {
        var problems = problems(withName("\"甲" + escape + "乙\""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firm.name");
            assertThat(p.message()).contains("control character U+").contains("at character 2");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0020", "\\u007E", "\\u00A0", "\\u3000"})
    @DisplayName("the characters just outside the control ranges are text")
    void acceptsTheNeighboursOfTheControlRanges(String escape) {
        accepted(withName("\"甲" + escape + "乙\""));
    }

    @Test
    @DisplayName("a raw (unescaped) control byte in a string is refused too")
    void refusesARawC1ControlCharacter() {
        var problems = problems(withName("\"甲\u0085乙\""));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("U+0085"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\uD800", "\\uDFFF", "a\\uDC00b", "\\uD83D", "\\uDE00\\uD83D"})
    @DisplayName("an escaped unpaired surrogate is refused, not turned into ?")
    void refusesEscapedUnpairedSurrogates(String escape) {
        var problems = problems(text(aCase()).replace("\"TEST-1\"", "\"" + escape + "\""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("caseRef");
            assertThat(p.message()).contains("unpaired surrogate");
        });
    }

    @Test
    @DisplayName("a surrogate encoded directly in UTF-8 bytes (CESU style) is refused where it stands")
    void refusesASurrogateEncodedInUtf8Bytes() {
        String json = text(aCase());
        int at = json.indexOf("TEST-1");
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        bytes.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));

        var problems = problems(bytes.toByteArray());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("line 2, column 19");
            assertThat(p.message()).startsWith("malformed JSON: ").containsIgnoringCase("UTF-8");
        });
    }

    @Test
    @DisplayName("a surrogate pair (a character outside the BMP) is one character and accepted")
    void acceptsAPairedSurrogate() {
        accepted(withName("\"\\uD83D\\uDE00 上海\""));
    }

    @Test
    @DisplayName("200 code points is the limit of a name, counted in code points (400 UTF-16 units allowed)")
    void countsLengthInCodePoints() {
        String emoji200 = "😀".repeat(200);

        accepted(withName("\"" + emoji200 + "\""));
        assertThat(problems(withName("\"" + emoji200 + "a\""))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firm.name");
            assertThat(p.message()).isEqualTo("is longer than 200 characters (201)");
        });
    }

    @Test
    @DisplayName("no text anywhere may exceed 500 code points, and the answer does not repeat it")
    void refusesTextBeyondTheLongestFieldWithoutRepeatingIt() {
        String long501 = "x".repeat(501);

        var problems = problems(aCase().set("findings", List.of(long501)).json());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("findings[0]");
            assertThat(p.message()).contains("longer than 500").doesNotContain("xxxxxxxxxx");
        });
    }

    @Test
    @DisplayName("an unknown code is quoted in at most 40 characters")
    void quotesAtMostFortyCharactersOfAnUnknownCode() {
        var problems = problems(aCase().set("findings", List.of("Y".repeat(450))).json());

        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.message()).contains("\"" + "Y".repeat(40) + "…\"").doesNotContain("Y".repeat(41)));
    }

    @Test
    @DisplayName("an array holds at most 100 elements")
    void refusesArraysOverOneHundredElements() {
        accepted(text(aCase().set("findings", Collections.nCopies(100, "COUNTERFEIT"))));

        var problems = problems(aCase().set("findings", Collections.nCopies(101, "COUNTERFEIT")).json());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("findings");
            assertThat(p.message()).isEqualTo("has more than 100 elements");
        });
    }

    @Test
    @DisplayName("a long unknown key is cut in the field path")
    void cutsALongUnknownKey() {
        var problems = problems(aCase().set("k".repeat(300), true).json());

        assertThat(problems).allSatisfy(p -> assertThat(p.field().length() + p.message().length()).isLessThan(300));
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.startsWith("key is longer than 100"));
    }

    @Test
    @DisplayName("parser messages name no parser setting or class")
    void parserMessagesNameNoSetting() {
        String nan = text(aCase()).replace("\"TEST-1\"", "NaN");
        String huge = text(aCase()).replace("\"TEST-1\"", "\"" + "z".repeat(30_000) + "\"");
        String number = text(aCase()).replace("\"TEST-1\"", "1" + "0".repeat(200));

        for (String json : List.of(nan, huge, number)) {
            var problem = problems(json).get(0);
            assertThat(problem.message()).doesNotContain("`", "JsonReadFeature", "StreamReadConstraints", "tools.jackson",
                    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz").hasSizeLessThan(200);
        }
    }
}
