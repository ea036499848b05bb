package io.spotcheck.evaluation;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The figures of a district row, by their JSON field names (CONTRACT §8). A count is the sum of what each case adds;
 * a rate lists down to the cases of its denominator, each with what it adds to the numerator.
 */
public enum Figure {
    CASES("cases", s -> 1),
    MUST_FILE("mustFile", s -> s.mustFile() ? 1 : 0),
    FILED("filed", s -> s.filed() ? 1 : 0),
    FILING_RATE("filingRate", FILED, MUST_FILE),
    NOT_FILED_APPROVED("notFiledApproved", s -> s.notFiledApproved() ? 1 : 0),
    STEPS_DUE("stepsDue", CaseScore::stepsDue),
    STEPS_ON_TIME("stepsOnTime", CaseScore::stepsOnTime),
    ON_TIME_RATE("onTimeRate", STEPS_ON_TIME, STEPS_DUE),
    OVERDUE("overdue", CaseScore::overdue),
    RECHECKED("rechecked", s -> s.rechecked() ? 1 : 0),
    RECHECK_PASSED("recheckPassed", s -> s.recheckPassed() ? 1 : 0),
    RECHECK_PASS_RATE("recheckPassRate", RECHECK_PASSED, RECHECKED),
    CLOSED("closed", s -> s.closed() ? 1 : 0);

    private final String field;
    private final ToIntFunction<CaseScore> count;
    private final Figure numerator;
    private final Figure denominator;

    Figure(String field, ToIntFunction<CaseScore> count) {
        this.field = field;
        this.count = count;
        this.numerator = null;
        this.denominator = null;
    }

    Figure(String field, Figure numerator, Figure denominator) {
        this.field = field;
        this.count = s -> 0;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public String field() {
        return field;
    }

    public boolean rate() {
        return denominator != null;
    }

    /** What one case adds to this count (0 for a rate, whose parts are counted on their own). */
    int count(CaseScore s) {
        return count.applyAsInt(s);
    }

    /** The count a case is listed under: the figure itself, or a rate's denominator. */
    public Figure listed() {
        return denominator == null ? this : denominator;
    }

    /** A rate's numerator, or null for a count. */
    public Figure numerator() {
        return numerator;
    }

    /** Whether {@code step} is one of the steps this figure counts (null: the figure counts cases, not steps). */
    Boolean counts(StepScore step) {
        return switch (this) {
            case STEPS_DUE, ON_TIME_RATE -> true;
            case STEPS_ON_TIME -> step.onTime();
            case OVERDUE -> step.kind() == StepScore.Kind.OVERDUE;
            default -> null;
        };
    }

    /** The figure named {@code field}; any other name is bad input naming the figures there are. */
    public static Figure of(String field) {
        return Arrays.stream(values()).filter(f -> f.field.equals(field)).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new Problem("figure", (field == null
                        || field.isBlank() ? "is required" : "unknown figure \"" + cut(field) + "\"")
                        + "; expected one of " + String.join(", ", Arrays.stream(values()).map(Figure::field)
                        .toList())))));
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
