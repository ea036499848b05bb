package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

/** A lawful ground for not filing (行政处罚程序规定 Art 20). */
public record MinorGround(MinorGroundCode code) implements Describable {
    public String describe() {
        return "minor ground " + code;
    }
}
