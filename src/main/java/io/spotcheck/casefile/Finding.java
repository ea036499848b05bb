package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

/** A fact the investigation established (CONTRACT §1 findings). */
public record Finding(FindingCode code) implements Describable {
    public String describe() {
        return "finding " + code;
    }
}
