package io.spotcheck.support;

import io.spotcheck.casefile.CaseReader;
import io.spotcheck.decision.CaseDecider;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;

/**
 * The project's rules/ folder, built once for all tests, and a reader whose "today" is fixed. The rest-day
 * calendar is the tests' own ({@link #CALENDAR}, 2025 and 2026), not the shipped one, so adding next year's line
 * to rules/calendar/rest-days.txt changes no test and no sample's expected decision.
 */
public final class TestRules {

    public static final Path CALENDAR = Path.of("src/test/resources/test-calendar/rest-days.txt");
    public static final RuleBase RULES = RuleBase.build(withTestCalendar(RuleSource.fromDirectory(Path.of("rules"))));
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2027-07-25T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final CaseReader READER = new CaseReader(CLOCK);
    public static final CaseDecider DECIDER = new CaseDecider(() -> RULES);

    private TestRules() {
    }

    /** {@code source} with its calendar/rest-days.txt replaced by the tests' calendar. */
    public static RuleSource withTestCalendar(RuleSource source) {
        var files = new ArrayList<>(source.files());
        files.removeIf(f -> f.path().equals("calendar/rest-days.txt"));
        try {
            files.add(new RuleSource.RuleFile("calendar/rest-days.txt", Files.readAllBytes(CALENDAR)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RuleSource.of(source.origin(), files);
    }
}
