package io.spotcheck.listing;

import io.spotcheck.casefile.PenaltyCode;
import io.spotcheck.engine.Describable;

/** A heavier administrative penalty (较重行政处罚, SAMR Order 44 Art 2). */
public record HeavierPenalty(PenaltyCode penalty) implements Describable {

    @Override
    public String describe() {
        return "heavier penalty " + penalty;
    }
}
