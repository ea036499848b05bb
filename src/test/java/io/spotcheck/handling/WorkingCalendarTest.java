package io.spotcheck.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotcheck.engine.RuleBaseException;
import io.spotcheck.support.TestRules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rest-day calendar's reader, on the tests' own calendar (2025, 2026) and on the shipped file. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.from(TestRules.RULES.source());

    @ParameterizedTest(name = "{0} is a rest day: {1}")
    @CsvSource({
            "2026-03-21, true",   // Saturday
            "2026-03-23, false",  // Monday
            "2026-02-17, true",   // Tuesday inside the Spring Festival holiday
            "2026-02-14, false",  // Saturday made a working day
            "2026-02-28, false",  // Saturday made a working day
            "2026-10-07, true",   // last day of the National Day holiday
            "2026-10-08, false",
            "2025-10-08, true",   // 2025: National Day runs to 10-08
            "2025-01-26, false",  // Sunday made a working day
            "2027-01-01, false",  // no 2027 schedule: a Friday counts as a working day
            "2027-01-02, true",   // ... and the weekend still rests
    })
    void restDays(LocalDate day, boolean rest) {
        assertThat(calendar.isRestDay(day)).isEqualTo(rest);
    }

    @Test
    void coversTheYearsItListsOnly() {
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isFalse();
    }

    @Test
    void theShippedCalendarReadsAndKeepsTheTestYearsAsTheTestsHaveThem() throws java.io.IOException {
        var shipped = WorkingCalendar.from(io.spotcheck.engine.RuleSource.fromDirectory(java.nio.file.Path.of("rules")));
        String tests = java.nio.file.Files.readString(TestRules.CALENDAR);

        assertThat(shipped.covers(2025)).isTrue();
        assertThat(shipped.covers(2026)).isTrue();
        for (String line : tests.lines().filter(l -> !l.startsWith("#")).toList()) {
            assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("rules/calendar/rest-days.txt")))
                    .contains(line);
        }
    }

    @Test
    void aHolidayRunMovesToTheFirstWorkingDayAfterIt() {
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 2, 17))).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 10, 3))).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void aMalformedDateIsNamedWithItsLine() {
        assertThatThrownBy(() -> WorkingCalendar.parse("# c\n2026 | 01-01, 02-30 | 01-04 | x\n"))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("rules/calendar/rest-days.txt:2: \"02-30\" is not a date of 2026");
    }

    @Test
    void aYearListedTwiceIsNamedWithBothLines() {
        assertThatThrownBy(() -> WorkingCalendar.parse("2026 | 01-01 | | a\n\n2026 | 01-02 | | b\n"))
                .hasMessageContaining("rest-days.txt:3: year 2026 is listed twice (first on line 1)");
    }

    @Test
    void aMakeUpDayOnAWeekdayOrAHolidayIsRefused() {
        assertThatThrownBy(() -> WorkingCalendar.parse("2026 | 01-01 | 01-05 | a\n"))
                .hasMessageContaining("make-up working day 2026-01-05 is a MONDAY");
        assertThatThrownBy(() -> WorkingCalendar.parse("2026 | 01-03..01-04 | 01-04 | a\n"))
                .hasMessageContaining("both a holiday and a make-up working day");
    }

    @Test
    void aRangeOutOfOrderOrALineWithoutFieldsIsRefused() {
        assertThatThrownBy(() -> WorkingCalendar.parse("2026 | 02-23..02-15 | | a\n"))
                .hasMessageContaining("not a range");
        assertThatThrownBy(() -> WorkingCalendar.parse("2026 01-01\n")).hasMessageContaining(":1: expected");
    }
}
