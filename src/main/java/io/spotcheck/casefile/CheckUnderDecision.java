package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

/**
 * The spot check the decision is about: the first of the request's spotChecks. {@code result} is its final
 * result: a passed objection re-test makes it {@code PASS} (CONTRACT §1 version 2).
 */
public record CheckUnderDecision(int year, Level level, String categoryCode, Result result) implements Describable {
    public String describe() {
        return "check under decision: " + year + " " + level + (categoryCode == null ? "" : " " + categoryCode) + " " + result;
    }
}
