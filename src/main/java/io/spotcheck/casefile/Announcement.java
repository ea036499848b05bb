package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;
import java.time.LocalDate;

public record Announcement(LocalDate date, Level by) implements Describable {
    public String describe() {
        return "announced on " + date + " by the " + by + " bureau";
    }
}
