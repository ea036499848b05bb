package io.spotcheck.targeting;

import io.spotcheck.engine.Describable;

/** A parameter fact: the draw weight of a product risk level. */
public record RiskWeight(int level, double weight) implements Describable {

    @Override
    public String describe() {
        return "risk weight level " + level + " = " + weight;
    }
}
