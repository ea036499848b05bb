package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

/** An administrative penalty imposed on the firm. */
public record Penalty(PenaltyCode code) implements Describable {
    public String describe() {
        return "penalty " + code;
    }
}
