package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

public record Circumstance(CircumstanceCode code) implements Describable {
    public String describe() {
        return "circumstance " + code;
    }
}
