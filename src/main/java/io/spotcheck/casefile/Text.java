package io.spotcheck.casefile;

import java.util.Optional;

/**
 * The limits on text in requests (CONTRACT §4 "Limits"): no control characters (U+0000–U+001F, U+007F–U+009F), no
 * unpaired surrogates, a length counted in Unicode code points; and {@link #cut} for quoting input in a problem, so
 * that no answer repeats much of what it refuses.
 */
public final class Text {

    /** The most code points of a refused value a problem quotes. */
    public static final int QUOTE = 40;

    private Text() {
    }

    /** What is wrong with {@code text} as a field of at most {@code max} code points, or empty. */
    public static Optional<String> problem(String text, int max) {
        int position = 0;
        for (int i = 0; i < text.length(); position++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of(String.format("contains an unpaired surrogate (U+%04X) at character %d; text must "
                        + "be well-formed Unicode", (int) c, position + 1));
            }
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
                return Optional.of(String.format("contains the control character U+%04X at character %d; control "
                        + "characters are not allowed", (int) c, position + 1));
            }
            i++;
        }
        if (position > max) {
            return Optional.of("is longer than " + max + " characters (" + position + ")");
        }
        return Optional.empty();
    }

    /** {@code text} cut to at most {@code max} code points, with "…" when cut. */
    public static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }
}
