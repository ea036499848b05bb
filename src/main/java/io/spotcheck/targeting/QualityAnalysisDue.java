package io.spotcheck.targeting;

import io.spotcheck.engine.Describable;

/** A category whose failures last year call for a quality analysis (251号 三(一)). */
public record QualityAnalysisDue(String categoryCode) implements Describable {

    @Override
    public String describe() {
        return "quality analysis due for " + categoryCode;
    }
}
