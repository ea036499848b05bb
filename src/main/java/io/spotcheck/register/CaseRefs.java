package io.spotcheck.register;

import java.util.Optional;

/** A {@code caseRef} or {@code report_no} (CONTRACT §7): 1–64 characters, none of {@code / \ % ; ? #}, no space or control. */
public final class CaseRefs {

    public static final int MAX = 64;

    private CaseRefs() {
    }

    /** What is wrong with {@code ref}, if anything. */
    public static Optional<String> problemWith(String ref) {
        if (ref.isEmpty()) {
            return Optional.of("is empty");
        }
        if (ref.codePointCount(0, ref.length()) > MAX) {
            return Optional.of("is longer than " + MAX + " characters");
        }
        for (int i = 0; i < ref.length(); ) {
            int c = ref.codePointAt(i);
            if ("/\\%;?#".indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                return Optional.of("may not hold " + describe(c) + " (no / \\ % ; ? #, spaces or control characters)");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static String describe(int c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                ? String.format("U+%04X", c) : "\"" + new String(Character.toChars(c)) + "\"";
    }
}
