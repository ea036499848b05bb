package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;
import java.time.LocalDate;

/** The public announcement (公告) of a firm that failed its re-check, and the level that made it. */
public record Announcement(LocalDate date, Level by) implements Describable {
    public String describe() {
        return "announced on " + date + " by the " + by + " bureau";
    }
}
