package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;
import java.time.LocalDate;

/** The date the decision is made for; every date rule uses it, never the wall clock. */
public record AsOf(LocalDate date, int year, long epochDay) implements Describable {
    public static AsOf of(LocalDate date) {
        return new AsOf(date, date.getYear(), date.toEpochDay());
    }

    public String describe() {
        return "as of " + date;
    }
}
