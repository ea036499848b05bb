package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

/** Yes/no facts of the case as a whole. */
public record CaseFlags(boolean noIntentProven, boolean jurisdictionDisputed) implements Describable {
    public String describe() {
        return "no intent proven: " + noIntentProven + ", jurisdiction disputed: " + jurisdictionDisputed;
    }
}
