package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;
import java.time.LocalDate;

/** A dated event of the check under decision: the written result received, the correction ordered. */
public record LifecycleDate(LifecycleKind kind, LocalDate date) implements Describable {

    @Override
    public String describe() {
        return kind.name().toLowerCase().replace('_', ' ') + " on " + date;
    }
}
