package io.spotcheck.targeting;

import java.time.LocalDate;

/**
 * What a planner asks for: the plan year, its budget in batches, the seed of the draw, and the plan start
 * (default 1 January of the year), from which the six-month and signal windows are counted.
 */
public record PlanRequest(int year, int budget, String seed, LocalDate start) {

    public PlanRequest {
        if (year < 1993 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is outside 1993–2200");
        }
        if (budget < 0) {
            throw new IllegalArgumentException("budget must not be negative, got " + budget);
        }
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("seed must not be blank");
        }
        if (start == null) {
            start = LocalDate.of(year, 1, 1);
        }
    }
}
