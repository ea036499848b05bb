package io.spotcheck.support;

import io.spotcheck.casefile.CaseReader;
import io.spotcheck.decision.CaseDecider;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The project's rules/ folder, built once for all tests, and a reader whose "today" is fixed. */
public final class TestRules {

    public static final RuleBase RULES = RuleBase.build(RuleSource.fromDirectory(Path.of("rules")));
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2027-07-25T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final CaseReader READER = new CaseReader(CLOCK);
    public static final CaseDecider DECIDER = new CaseDecider(() -> RULES);

    private TestRules() {
    }
}
