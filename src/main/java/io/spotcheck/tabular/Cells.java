package io.spotcheck.tabular;

import io.spotcheck.casefile.Uscc;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The cell checks every table shares. Each reads a cell of a {@link Row}, records a problem naming the cell when
 * it is bad, and returns the value, or null when it was bad (or empty where that is allowed). Messages quote at
 * most {@value Quote#MAX} characters of a value.
 */
public final class Cells {

    /** Text cells are at most this many code points (CONTRACT §4 "Limits"). */
    public static final int MAX_TEXT = 200;

    /** Each code type's constants: a handful, so comparing names beats hashing each fresh cell value. */
    private static final ClassValue<Enum<?>[]> CODES = new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
            return (Enum<?>[]) type.getEnumConstants();
        }
    };

    private Cells() {
    }

    /** A unified social credit code that passes GB 32100; null (with a problem) otherwise. */
    public static String uscc(Row row, String column) {
        String v = row.get(column);
        var problem = Uscc.problemWith(v);
        if (problem.isPresent()) {
            row.problem(column, Quote.of(v) + " is not a valid unified social credit code: " + problem.get());
            return null;
        }
        return v;
    }

    /** A required code of {@code type}; null (with a problem) when empty or unknown. */
    public static <E extends Enum<E>> E code(Row row, String column, Class<E> type) {
        String v = row.get(column);
        Enum<?> e = constant(type, v);
        if (e != null) {
            return type.cast(e);
        }
        row.problem(column, "unknown code " + Quote.of(v) + "; expected one of "
                + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    /** An optional code of {@code type}: null when empty; null with a problem naming {@code expected} when unknown. */
    public static <E extends Enum<E>> E optionalCode(Row row, String column, Class<E> type, String expected) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        Enum<?> e = constant(type, v);
        if (e != null) {
            return type.cast(e);
        }
        row.problem(column, "unknown code " + Quote.of(v) + "; expected " + expected);
        return null;
    }

    /** Whether {@code v} names a constant of {@code type}. */
    public static <E extends Enum<E>> boolean isCode(Class<E> type, String v) {
        return constant(type, v) != null;
    }

    private static Enum<?> constant(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> e : CODES.get(type)) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** {@code true} or {@code false}; empty gives {@code whenEmpty}, or a problem when that is null. */
    public static Boolean bool(Row row, String column, Boolean whenEmpty) {
        String v = row.get(column);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            case "" -> {
                if (whenEmpty == null) {
                    row.problem(column, "is required (true or false)");
                }
                yield whenEmpty;
            }
            default -> {
                row.problem(column, Quote.of(v) + " must be true or false");
                yield null;
            }
        };
    }

    /** An ISO date (YYYY-MM-DD) that exists, not before 1993; null (with a problem) otherwise. */
    public static LocalDate date(Row row, String column) {
        String v = row.get(column);
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            try {
                int y = Integer.parseInt(v, 0, 4, 10);
                int m = Integer.parseInt(v, 5, 7, 10);
                int d = Integer.parseInt(v, 8, 10, 10);
                if (y >= 1993) {
                    return LocalDate.of(y, m, d);
                }
                row.problem(column, v + " is before 1993");
                return null;
            } catch (NumberFormatException | DateTimeException e) {
                // fall through to the problem below
            }
        }
        row.problem(column, Quote.of(v) + " is not a date that exists (expected YYYY-MM-DD)");
        return null;
    }

    /** A whole number from {@code min} to {@code max} (decimal digits, optional minus); null (with a problem) otherwise. */
    public static Long wholeNumber(Row row, String column, long min, long max) {
        String v = row.get(column);
        if (v.matches("-?[0-9]{1,18}")) {
            long n = Long.parseLong(v);
            if (n >= min && n <= max) {
                return n;
            }
        }
        row.problem(column, Quote.of(v) + " must be a whole number from " + min + " to " + max);
        return null;
    }

    /**
     * Text of at most {@value #MAX_TEXT} code points without control characters (U+0000–U+001F, U+007F–U+009F) or
     * unpaired surrogates; {@code required} refuses empty text. Returns the text, or null (with a problem).
     */
    public static String text(Row row, String column, boolean required) {
        String v = row.get(column);
        String problem = textProblem(v, required);
        if (problem != null) {
            row.problem(column, problem);
            return null;
        }
        return v;
    }

    /** Why {@code v} is not acceptable text, or null. */
    public static String textProblem(String v, boolean required) {
        if (v.isEmpty()) {
            return required ? "is required" : null;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
                return "contains the control character U+" + String.format("%04X", (int) c) + " at position " + (i + 1);
            }
            if (Character.isHighSurrogate(c) && (i + 1 == v.length() || !Character.isLowSurrogate(v.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(v.charAt(i - 1)))) {
                return "contains an unpaired surrogate at position " + (i + 1);
            }
        }
        int points = v.codePointCount(0, v.length());
        if (points > MAX_TEXT) {
            return "is " + points + " characters long; at most " + MAX_TEXT + " are allowed";
        }
        return null;
    }
}
