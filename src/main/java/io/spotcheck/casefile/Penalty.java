package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

public record Penalty(PenaltyCode code) implements Describable {
    public String describe() {
        return "penalty " + code;
    }
}
