package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

public record CheckUnderDecision(int year, Level level, String categoryCode, Result result) implements Describable {
    public String describe() {
        return "check under decision: " + year + " " + level + (categoryCode == null ? "" : " " + categoryCode) + " " + result;
    }
}
