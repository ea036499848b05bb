package io.spotcheck.handling;

import io.spotcheck.engine.Describable;

/** The check under decision failed and no re-check has passed yet. */
public record FailureUnresolved() implements Describable {

    @Override
    public String describe() {
        return "failure not yet resolved by a passed re-check";
    }
}
