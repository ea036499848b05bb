package io.spotcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.spotcheck.register.CaseView;
import java.time.LocalDate;
import java.util.List;

/**
 * The cases behind one figure of one row (CONTRACT §8 {@code /evaluation/cases}): {@code value} is the figure as the
 * row shows it; each case says how much it adds ({@code count}; for a rate, to its denominator, and {@code hits} to
 * its numerator) and, for the step figures, which steps.
 */
@JsonPropertyOrder({"from", "to", "asOf", "district", "figure", "value", "cases"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseListing(LocalDate from, LocalDate to, LocalDate asOf, String district, String figure,
                          Number value, List<Entry> cases) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"caseRef", "uscc", "firmName", "district", "status", "openedOn", "count", "hits", "steps"})
    public record Entry(String caseRef, String uscc, String firmName, String district, CaseView.Status status,
                        LocalDate openedOn, int count, Integer hits, List<StepScore> steps) {
    }
}
