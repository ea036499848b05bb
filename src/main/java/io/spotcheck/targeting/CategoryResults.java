package io.spotcheck.targeting;

import io.spotcheck.engine.Describable;

/**
 * A catalogue category's spot checks in the year before the plan: how many batches, how many failed, and the
 * failure rate (failed ÷ batches; 0 without batches), which the quality-analysis rule compares to its threshold.
 */
public record CategoryResults(String code, int batches, int failed, double failureRate) implements Describable {

    public static CategoryResults of(String code, int batches, int failed) {
        return new CategoryResults(code, batches, failed, batches == 0 ? 0 : (double) failed / batches);
    }

    @Override
    public String describe() {
        return "category " + code + ": " + failed + " of " + batches + " batches failed last year";
    }
}
