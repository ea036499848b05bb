package io.spotcheck.targeting;

import io.spotcheck.engine.Describable;

/** The pair's weight in the random draw. */
public record DrawWeight(double weight) implements Describable {

    @Override
    public String describe() {
        return "draw weight " + weight;
    }
}
