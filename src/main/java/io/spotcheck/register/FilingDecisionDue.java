package io.spotcheck.register;

import io.spotcheck.engine.Describable;
import io.spotcheck.handling.WorkingCalendar;
import java.time.LocalDate;

/** The {@code DECIDE_FILING} step: from the day the case was opened, due on its {@code workingDays}th working day after. */
public record FilingDecisionDue(LocalDate from, int workingDays, LocalDate due, boolean calendarCovers)
        implements Describable {

    public static FilingDecisionDue of(LocalDate from, int workingDays, WorkingCalendar calendar) {
        LocalDate due = calendar.afterWorkingDays(from, workingDays);
        return new FilingDecisionDue(from, workingDays, due,
                calendar.covers(from.getYear()) && calendar.covers(due.getYear()));
    }

    @Override
    public String describe() {
        return "filing decision: " + workingDays + " working days after " + from + " = " + due
                + (calendarCovers ? "" : "; the rest-day calendar has no schedule for part of that time, so only "
                + "weekends were skipped");
    }
}
