package io.spotcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collection;

/**
 * One row of the district scorecard (CONTRACT §8): the cases a district holds as of the date ({@code district} null:
 * the municipal bureau), and what was done with them. Every rate is null when its denominator is 0, else the
 * unrounded quotient.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"district", "cases", "mustFile", "filed", "filingRate", "notFiledApproved", "stepsDue",
        "stepsOnTime", "onTimeRate", "overdue", "rechecked", "recheckPassed", "recheckPassRate", "closed"})
public record DistrictRow(String district, int cases, int mustFile, int filed, Double filingRate,
                          int notFiledApproved, int stepsDue, int stepsOnTime, Double onTimeRate, int overdue,
                          int rechecked, int recheckPassed, Double recheckPassRate, int closed) {

    /** The row of {@code district} over {@code scores}. */
    static DistrictRow of(String district, Collection<CaseScore> scores) {
        int[] v = new int[Figure.values().length];
        for (CaseScore s : scores) {
            for (Figure f : Figure.values()) {
                v[f.ordinal()] += f.count(s);
            }
        }
        return new DistrictRow(district, v[Figure.CASES.ordinal()], v[Figure.MUST_FILE.ordinal()],
                v[Figure.FILED.ordinal()], rate(v[Figure.FILED.ordinal()], v[Figure.MUST_FILE.ordinal()]),
                v[Figure.NOT_FILED_APPROVED.ordinal()], v[Figure.STEPS_DUE.ordinal()],
                v[Figure.STEPS_ON_TIME.ordinal()], rate(v[Figure.STEPS_ON_TIME.ordinal()], v[Figure.STEPS_DUE.ordinal()]),
                v[Figure.OVERDUE.ordinal()], v[Figure.RECHECKED.ordinal()], v[Figure.RECHECK_PASSED.ordinal()],
                rate(v[Figure.RECHECK_PASSED.ordinal()], v[Figure.RECHECKED.ordinal()]), v[Figure.CLOSED.ordinal()]);
    }

    /** The double nearest {@code numerator ÷ denominator}, or null without a denominator. */
    static Double rate(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    /** The same figures under another district name. */
    DistrictRow named(String name) {
        return new DistrictRow(name, cases, mustFile, filed, filingRate, notFiledApproved, stepsDue, stepsOnTime,
                onTimeRate, overdue, rechecked, recheckPassed, recheckPassRate, closed);
    }
}
