package io.spotcheck.listing;

import io.spotcheck.engine.Describable;

/** All three conditions of SAMR Order 44 Art 2 for the serious dishonesty list hold. */
public record DishonestyConditionsMet() implements Describable {

    @Override
    public String describe() {
        return "all three conditions of Order 44 Art 2 hold";
    }
}
