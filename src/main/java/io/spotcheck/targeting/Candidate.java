package io.spotcheck.targeting;

import io.spotcheck.engine.Describable;

/** The pair is a candidate for a reason; the allocator decides whether the reason's need selects it. */
public record Candidate(Reason reason) implements Describable {

    @Override
    public String describe() {
        return "candidate: " + reason;
    }
}
