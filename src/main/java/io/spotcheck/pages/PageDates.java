package io.spotcheck.pages;

import io.spotcheck.casefile.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A date a page's form or query gives: empty is none; anything else not a date is a problem named by its field. */
final class PageDates {

    private PageDates() {
    }

    static LocalDate parse(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    + "\" is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
