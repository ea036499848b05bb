package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

/** A circumstance of the violation (性质恶劣, 情节严重, 社会危害较大). */
public record Circumstance(CircumstanceCode code) implements Describable {
    public String describe() {
        return "circumstance " + code;
    }
}
