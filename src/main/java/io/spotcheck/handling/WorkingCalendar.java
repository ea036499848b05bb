package io.spotcheck.handling;

import io.spotcheck.engine.RuleBaseException;
import io.spotcheck.engine.RuleSource;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rest-day calendar of {@code rules/calendar/rest-days.txt}: weekends and public holidays are rest days, the
 * official make-up working days (调休上班) are working days. Years without a line fall back to weekends only.
 */
public final class WorkingCalendar {

    static final String FILE = "calendar/rest-days.txt";

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;
    private final Set<Integer> years;

    private WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpDays, Set<Integer> years) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
        this.years = Set.copyOf(years);
    }

    /** Reads the calendar of a ruleset; a bad line stops loading with file and line. */
    public static WorkingCalendar from(RuleSource source) {
        var file = source.files().stream().filter(f -> f.path().equals(FILE)).findFirst()
                .orElseThrow(() -> new RuleBaseException("rules/" + FILE + " is missing"));
        return parse(file.text());
    }

    static WorkingCalendar parse(String text) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        Map<Integer, Integer> lineOfYear = new HashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "rules/" + FILE + ":" + n + ": ";
            String[] parts = line.split("\\|", -1);
            if (parts.length < 3) {
                problems.add(where + "expected 'year | holidays | make-up working days | source'");
                continue;
            }
            int year;
            try {
                year = Integer.parseInt(parts[0].strip());
            } catch (NumberFormatException e) {
                problems.add(where + "\"" + parts[0].strip() + "\" is not a year");
                continue;
            }
            Integer earlier = lineOfYear.putIfAbsent(year, n);
            if (earlier != null) {
                problems.add(where + "year " + year + " is listed twice (first on line " + earlier + ")");
                continue;
            }
            for (String item : items(parts[1])) {
                String[] range = item.split("\\.\\.", -1);
                LocalDate first = date(year, range[0], where, problems);
                LocalDate last = range.length == 2 ? date(year, range[1], where, problems) : first;
                if (range.length > 2 || first == null || last == null || last.isBefore(first)) {
                    if (first != null && last != null) {
                        problems.add(where + "\"" + item + "\" is not a range MM-DD..MM-DD in order");
                    }
                    continue;
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    holidays.add(d);
                }
            }
            for (String item : items(parts[2])) {
                LocalDate d = date(year, item, where, problems);
                if (d != null && !isWeekend(d)) {
                    problems.add(where + "make-up working day " + d + " is a " + d.getDayOfWeek()
                            + "; make-up days fall on weekends");
                } else if (d != null && holidays.contains(d)) {
                    problems.add(where + d + " is both a holiday and a make-up working day");
                } else if (d != null) {
                    makeUp.add(d);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException("the rest-day calendar has problems:\n  " + String.join("\n  ", problems));
        }
        return new WorkingCalendar(holidays, makeUp, lineOfYear.keySet());
    }

    private static List<String> items(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static LocalDate date(int year, String monthDay, String where, List<String> problems) {
        String s = monthDay.strip();
        try {
            if (s.matches("\\d{2}-\\d{2}")) {
                return LocalDate.of(year, Integer.parseInt(s.substring(0, 2)), Integer.parseInt(s.substring(3)));
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add(where + "\"" + s + "\" is not a date of " + year + " (expected MM-DD)");
        return null;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Whether the calendar has the official schedule of {@code year}. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    public boolean isRestDay(LocalDate d) {
        return holidays.contains(d) || (isWeekend(d) && !makeUpDays.contains(d));
    }

    public boolean isHoliday(LocalDate d) {
        return holidays.contains(d);
    }

    /** The {@code n}th working day after {@code d} ({@code d} itself not counted). */
    public LocalDate afterWorkingDays(LocalDate d, int n) {
        LocalDate day = d;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (!isRestDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** {@code d} itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate d) {
        LocalDate day = d;
        while (isRestDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
