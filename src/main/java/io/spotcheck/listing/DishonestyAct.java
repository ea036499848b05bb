package io.spotcheck.listing;

import io.spotcheck.engine.Describable;

/** An act of the quality-safety kind listed in SAMR Order 44 Art 7. */
public record DishonestyAct(Order44Act act) implements Describable {

    /** The form rulesets before 2026-12 use ({@code new DishonestyAct("UNSAFE_STANDARD")}), kept for replay. */
    public DishonestyAct(String act) {
        this(Order44Act.valueOf(act));
    }

    @Override
    public String describe() {
        return "Order 44 Art 7 act: " + act;
    }
}
