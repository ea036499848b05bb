package io.spotcheck.handling;

import static io.spotcheck.support.CaseBuilder.aFailedProducer;
import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.decision.Decision;
import io.spotcheck.support.Decided;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/handling/deadlines.drl: the day counts and the rest-day moves. */
class DeadlineRulesTest {

    static Decision.Action action(Decided d, String code) {
        return d.decision().actions().stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
    }

    static String explained(Decided d, String ruleId) {
        return d.decision().explanation().stream().filter(e -> e.ruleId().equals(ruleId))
                .map(e -> e.detail() + " ⇒ " + e.concluded()).findFirst().orElse("");
    }

    @ParameterizedTest(name = "ACT-010 notice {0} + 15 days = {1}, due {2}")
    @CsvSource({
            "2026-03-02, 2026-03-17, 2026-03-17",  // a Tuesday: not moved
            "2026-03-06, 2026-03-21, 2026-03-23",  // a Saturday: to Monday
            "2026-02-02, 2026-02-17, 2026-02-24",  // inside the Spring Festival holiday: to the first working day after
            "2026-01-30, 2026-02-14, 2026-02-14",  // a Saturday made a working day: not moved
            "2026-09-17, 2026-10-02, 2026-10-08",  // National Day holiday
    })
    @DisplayName("ACT-010 the objection deadline is 15 days after the notice, moved off rest days")
    void objectionDeadline(LocalDate notice, LocalDate counted, LocalDate due) {
        var d = aFailedProducer().asOf(notice.toString()).set("spotChecks", java.util.List.of(java.util.Map.of(
                "year", notice.getYear(), "level", "MUNICIPAL", "result", "FAIL", "noticeReceived", notice.toString())))
                .decide();

        assertThat(action(d, "OBJECTION_WINDOW")).isEqualTo(new Decision.Action("OBJECTION_WINDOW", notice, due));
        assertThat(explained(d, "ACT-010")).contains(notice + " + 15 days = " + counted);
        assertThat(explained(d, "ACT-010").contains("next working day " + due)).isEqualTo(!counted.equals(due));
    }

    @Test
    @DisplayName("ACT-011 ACT-012 correction due 60 days and first re-check 75 days after the order")
    void correctionAndFirstRecheck() {
        var d = aFailedProducer().asOf("2026-03-01").set("spotChecks", java.util.List.of(java.util.Map.of(
                "year", 2026, "level", "MUNICIPAL", "result", "FAIL", "correctionOrdered", "2026-02-10"))).decide();

        // 2026-02-10 + 60 = 2026-04-11, a Saturday → Monday 2026-04-13; + 75 = 2026-04-26, a Sunday → 2026-04-27
        assertThat(action(d, "CORRECT_BY")).isEqualTo(new Decision.Action("CORRECT_BY",
                LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 13)));
        assertThat(action(d, "FIRST_RECHECK")).isEqualTo(new Decision.Action("FIRST_RECHECK", null,
                LocalDate.of(2026, 4, 27)));
        assertThat(explained(d, "ACT-011")).contains("2026-02-10 + 60 days = 2026-04-11 (Saturday)");
        assertThat(explained(d, "ACT-012")).contains("2026-02-10 + 75 days = 2026-04-26 (Sunday)");
    }

    @Test
    @DisplayName("ACT-013 the second re-check window opens on day 60 unmoved and closes on day 90 moved")
    void secondRecheckWindow() {
        // announced 2026-03-14: + 60 = 2026-05-13 (Wednesday); + 90 = 2026-06-12 (Friday)
        // announced 2026-03-07: + 60 = 2026-05-06; + 90 = 2026-06-05 — use one whose ends fall on rest days:
        // announced 2026-03-21: + 60 = 2026-05-20 (Wed); announced 2026-03-02: + 60 = 2026-05-01 (holiday, unmoved),
        // + 90 = 2026-05-31 (Sunday) → 2026-06-01
        var d = aFailedProducer().asOf("2026-04-01").set("spotChecks", java.util.List.of(java.util.Map.of(
                "year", 2026, "level", "MUNICIPAL", "result", "FAIL", "correctionOrdered", "2026-01-05",
                "recheck", java.util.Map.of("date", "2026-02-20", "result", "FAIL"),
                "announced", java.util.Map.of("date", "2026-03-02", "by", "MUNICIPAL")))).decide();

        assertThat(action(d, "SECOND_RECHECK")).isEqualTo(new Decision.Action("SECOND_RECHECK",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1)));
        assertThat(d.fired()).contains("ACT-013", "ACT-024");
    }

    @Test
    @DisplayName("ACT-011 beyond the calendar's years only weekends are skipped, and the explanation says so")
    void beyondTheCalendar() {
        var d = aFailedProducer().lifecycle("correctionOrdered", "2027-02-10").decide();

        assertThat(action(d, "CORRECT_BY").due()).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(explained(d, "ACT-011")).contains("2027-02-10 + 60 days = 2027-04-11 (Sunday)")
                .contains("no schedule for 2027, so only weekends were skipped");
    }
}
