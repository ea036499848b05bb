package io.spotcheck.targeting;

import io.spotcheck.engine.Describable;

/**
 * A parameter fact: the previous-year failure rate and the minimum batches at which a category gets a quality
 * analysis ({@code quality_analysis_failure_rate}, {@code quality_analysis_min_batches} in parameters.csv).
 */
public record QualityAnalysisThreshold(double failureRate, int minBatches) implements Describable {

    @Override
    public String describe() {
        return "quality analysis at a failure rate of " + failureRate + " over at least " + minBatches + " batches";
    }
}
