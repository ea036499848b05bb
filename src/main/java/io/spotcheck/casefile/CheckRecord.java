package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

/** Any known check of the firm, the one under decision included (index 0). */
public record CheckRecord(int index, int year, Level level, Result result) implements Describable {
    public String describe() {
        return "spotChecks[" + index + "]: " + year + " " + level + " " + result;
    }
}
