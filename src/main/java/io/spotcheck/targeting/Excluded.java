package io.spotcheck.targeting;

import io.spotcheck.engine.Describable;

/** The pair may not be selected. */
public record Excluded(Exclusion reason) implements Describable {

    @Override
    public String describe() {
        return "excluded: " + reason;
    }
}
