package io.spotcheck.handling;

import io.spotcheck.engine.Describable;
import java.time.LocalDate;

/**
 * A date counted from a lifecycle event: {@code base + days} calendar days, moved to the next working day when
 * it falls on a rest day and the period's end is a due date ({@code moves}); a window's opening day never moves.
 */
public record Deadline(DeadlineKind kind, LocalDate base, int days, LocalDate counted, LocalDate date,
                       boolean calendarCovers) implements Describable {

    /** Counts {@code days} from {@code base}; a due date on a rest day moves to the next working day. */
    public static Deadline due(DeadlineKind kind, LocalDate base, int days, WorkingCalendar calendar) {
        LocalDate counted = base.plusDays(days);
        return new Deadline(kind, base, days, counted, calendar.onOrAfter(counted), covered(calendar, counted));
    }

    /** Counts {@code days} from {@code base} for a window's opening, which stays where it falls. */
    public static Deadline opens(DeadlineKind kind, LocalDate base, int days, WorkingCalendar calendar) {
        LocalDate counted = base.plusDays(days);
        return new Deadline(kind, base, days, counted, counted, true);
    }

    private static boolean covered(WorkingCalendar calendar, LocalDate counted) {
        return calendar.covers(counted.getYear()) && calendar.covers(calendar.onOrAfter(counted).getYear());
    }

    @Override
    public String describe() {
        String text = kind.label() + ": " + base + " + " + days + " days = " + counted + " (" + weekday(counted) + ")";
        if (!date.equals(counted)) {
            text += ", a rest day, so due on the next working day " + date + " (" + weekday(date) + ")";
        }
        if (!calendarCovers) {
            text += "; the rest-day calendar has no schedule for " + counted.getYear()
                    + ", so only weekends were skipped";
        }
        return text;
    }

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    private static String weekday(LocalDate d) {
        return WEEKDAYS[d.getDayOfWeek().ordinal()];
    }
}
