package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

public record MinorGround(MinorGroundCode code) implements Describable {
    public String describe() {
        return "minor ground " + code;
    }
}
