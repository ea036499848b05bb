package io.spotcheck.interview;

import io.spotcheck.casefile.Level;
import io.spotcheck.engine.Describable;

/** An administrative interview (行政约谈) due at a level, mandatory or at the bureau's discretion. */
public record InterviewDue(Level level, boolean mandatory) implements Describable {

    @Override
    public String describe() {
        return (mandatory ? "mandatory " : "discretionary ") + level + " interview";
    }
}
