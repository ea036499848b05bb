package io.spotcheck.targeting;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import io.spotcheck.casefile.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a planner asks for: the plan year, its budget in batches, the seed of the draw, and the plan start
 * (default 1 January of the year), from which the six-month and signal windows are counted.
 */
public record PlanRequest(int year, int budget, String seed, LocalDate start) {

    public PlanRequest {
        if (year < 1993 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is outside 1993–2200");
        }
        if (budget < 0) {
            throw new IllegalArgumentException("budget must not be negative, got " + budget);
        }
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("seed must not be blank");
        }
        if (start == null) {
            start = LocalDate.of(year, 1, 1);
        }
    }

    /** Reads the request from text fields (HTTP form or multipart), naming each bad field; nothing is guessed. */
    public static PlanRequest read(String year, String budget, String seed, String start) {
        List<Problem> problems = new ArrayList<>();
        Integer y = number("year", year, problems);
        Integer b = number("budget", budget, problems);
        if (seed == null || seed.isBlank()) {
            problems.add(new Problem("seed", "is required"));
        }
        LocalDate s = null;
        if (start != null && !start.isBlank()) {
            try {
                s = LocalDate.parse(start.strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem("start", "\"" + Text.cut(start, Text.QUOTE)
                        + "\" is not a date that exists (expected YYYY-MM-DD)"));
            }
        }
        if (problems.isEmpty()) {
            try {
                return new PlanRequest(y, b, seed, s);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(e.getMessage().startsWith("year") ? "year" : "budget", e.getMessage()));
            }
        }
        throw new InvalidInputException(problems);
    }

    private static Integer number(String name, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(name, "is required"));
            return null;
        }
        String v = value.strip();
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            if (v.matches("[+-]?[0-9]+")) {
                problems.add(new Problem(name, "\"" + Text.cut(v, Text.QUOTE) + "\" is out of range (at most "
                        + Integer.MAX_VALUE + ")"));
            } else {
                problems.add(new Problem(name, "\"" + Text.cut(value, Text.QUOTE) + "\" is not a whole number"));
            }
            return null;
        }
    }
}
