package io.spotcheck.casefile;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters whose last is a check character,
 * whose first is a registration-authority code ({@code 1}–{@code 9}, {@code A}, {@code N}, {@code Y}) and whose
 * characters 3–8 are an administrative-division code (six digits, not {@code 000000}; not checked against GB/T 2260).
 */
public record Uscc(@JsonValue String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** GB 32100-2015 registration-management departments (登记管理部门码). */
    static final String AUTHORITIES = "123456789ANY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = i;
        }
    }

    private static int value(char c) {
        return c < 128 ? VALUE[c] : -1;
    }

    public Uscc {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    public static Uscc of(String value) {
        return new Uscc(value);
    }

    /** Why {@code value} is not a valid code, or empty when it is. */
    public static Optional<String> problemWith(String value) {
        if (value == null || value.length() != 18) {
            return Optional.of("must be 18 characters (GB 32100-2015), got "
                    + (value == null ? "nothing" : value.length()));
        }
        int sum = 0; // one pass: the plan checks millions of codes
        for (int i = 0; i < 18; i++) {
            int v = value(value.charAt(i));
            if (v < 0) {
                return Optional.of("character '" + value.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed (only 0-9 and A-Y without I, O, Z, S, V)");
            }
            sum += i < 17 ? v * WEIGHTS[i] : 0;
        }
        if (AUTHORITIES.indexOf(value.charAt(0)) < 0) {
            return Optional.of("first character '" + value.charAt(0) + "' is not a registration-authority code of "
                    + "GB 32100-2015 (1-9, A, N or Y)");
        }
        boolean digits = true;
        boolean zeros = true;
        for (int i = 2; i < 8; i++) {
            char c = value.charAt(i);
            digits &= c >= '0' && c <= '9';
            zeros &= c == '0';
        }
        if (!digits || zeros) {
            return Optional.of("characters 3-8 \"" + value.substring(2, 8)
                    + "\" are not an administrative-division code (six digits, not 000000)");
        }
        char expected = check(sum);
        if (value.charAt(17) != expected) {
            return Optional.of("check character is '" + value.charAt(17) + "' but GB 32100-2015 gives '"
                    + expected + "'");
        }
        return Optional.empty();
    }

    /** The first nine characters of a valid code packed into 45 bits (5 per character). */
    public static long packHigh(String code) {
        return pack(code, 0);
    }

    /** The last nine characters of a valid code packed into 45 bits (5 per character). */
    public static long packLow(String code) {
        return pack(code, 9);
    }

    private static long pack(String code, int from) {
        long v = 0;
        for (int i = from; i < from + 9; i++) {
            v = (v << 5) | value(code.charAt(i));
        }
        return v;
    }

    /** The check character for the first 17 characters of {@code code} (which may be longer). */
    public static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(code.charAt(i)) * WEIGHTS[i];
        }
        return check(sum);
    }

    private static char check(int weightedSum) {
        int check = 31 - weightedSum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String toString() {
        return value;
    }
}
