package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

public record CheckRecord(int index, int year, Level level, Result result) implements Describable {
    public String describe() {
        return "spotChecks[" + index + "]: " + year + " " + level + " " + result;
    }
}
