package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

public record Finding(FindingCode code) implements Describable {
    public String describe() {
        return "finding " + code;
    }
}
