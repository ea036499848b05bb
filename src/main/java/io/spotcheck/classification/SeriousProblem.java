package io.spotcheck.classification;

import io.spotcheck.engine.Describable;

/** The case falls under one of the serious quality problem categories of 251号 三(二). */
public record SeriousProblem(SeriousCategory category) implements Describable {

    @Override
    public String describe() {
        return "serious problem " + category;
    }
}
