package io.spotcheck.filing;

import io.spotcheck.engine.Describable;

/** The filing decision of the case (CONTRACT §1 filing). */
public record FilingOutcome(Filing filing) implements Describable {

    @Override
    public String describe() {
        return "filing " + filing;
    }
}
