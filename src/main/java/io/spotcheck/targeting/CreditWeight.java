package io.spotcheck.targeting;

import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.engine.Describable;

/** A parameter fact: the draw weight of a credit class ({@code credit} null = no class). */
public record CreditWeight(CreditRisk credit, double weight) implements Describable {

    @Override
    public String describe() {
        return "credit weight " + (credit == null ? "none" : credit) + " = " + weight;
    }
}
