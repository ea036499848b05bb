package io.spotcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Batches checked under one heading (a level, a district, a lab, a category), how many failed and how many on safety. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"key", "batches", "failures", "failureRate", "safetyFailures"})
public record Tally(String key, int batches, int failures, Double failureRate, int safetyFailures) {

    Tally add(Batch b) {
        int f = failures + (b.failed() ? 1 : 0);
        return new Tally(key, batches + 1, f, DistrictRow.rate(f, batches + 1), safetyFailures + (b.safety() ? 1 : 0));
    }

    static Tally empty(String key) {
        return new Tally(key, 0, 0, null, 0);
    }
}
