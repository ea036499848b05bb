package io.spotcheck.interview;

import io.spotcheck.engine.Describable;

/** National or municipal spot-check failures in two consecutive calendar years (连续两年以上不合格). */
public record ConsecutiveFailure(int firstYear, int secondYear) implements Describable {

    @Override
    public String describe() {
        return "failed national/municipal checks in " + firstYear + " and " + secondYear;
    }
}
