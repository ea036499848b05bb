package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;
import java.time.LocalDate;

/**
 * The check under decision failed the re-check after its announcement (公告后复查仍不合格): its second re-check,
 * on {@code date}, failed. One fact for the condition that filing (FIL-002), listing (LST-011) and the open steps
 * (ACT-025) all rest on; described as the re-check it is.
 */
public record FailedAfterAnnouncement(LocalDate date) implements Describable {
    public String describe() {
        return new Recheck(RecheckStage.SECOND, date, Result.FAIL).describe();
    }
}
