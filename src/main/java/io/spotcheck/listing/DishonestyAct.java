package io.spotcheck.listing;

import io.spotcheck.engine.Describable;

/** An act of the quality-safety kind listed in SAMR Order 44 Art 7. */
public record DishonestyAct(String act) implements Describable {

    @Override
    public String describe() {
        return "Order 44 Art 7 act: " + act;
    }
}
