package io.spotcheck.tabular;

/** Quotes what an answer refuses, never more than {@value #MAX} characters of it (CONTRACT §4 "Limits"). */
public final class Quote {

    public static final int MAX = 200;

    private Quote() {
    }

    /** {@code "value"}, cut to {@value #MAX} code points with "…" and the full length when longer. */
    public static String of(String value) {
        return "\"" + cut(value) + "\"";
    }

    /** The value, cut to {@value #MAX} code points with "…" and the full length when longer. */
    public static String cut(String value) {
        if (value == null) {
            return "";
        }
        int points = value.codePointCount(0, value.length());
        if (points <= MAX) {
            return value;
        }
        int end = value.offsetByCodePoints(0, MAX);
        return value.substring(0, end) + "… (" + points + " characters)";
    }
}
