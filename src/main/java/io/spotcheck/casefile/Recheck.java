package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;
import java.time.LocalDate;

/** A re-check (复查) of the check under decision. */
public record Recheck(RecheckStage stage, LocalDate date, Result result) implements Describable {
    public String describe() {
        return stage.name().toLowerCase() + " recheck on " + date + ": " + result;
    }
}
