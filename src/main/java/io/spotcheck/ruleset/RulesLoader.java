package io.spotcheck.ruleset;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleSource;
import io.spotcheck.engine.Rulesets;
import io.spotcheck.handling.WorkingCalendar;
import io.spotcheck.targeting.PlanParameters;
import io.spotcheck.shared.Background;
import java.util.concurrent.Future;

/**
 * Loads a ruleset completely: compiles the rules and reads their data files (the rest-day calendar, the plan's
 * parameters), so a mistake in any file under rules/ stops start-up with its file and line.
 */
public final class RulesLoader {

    private static Future<RuleBase> preloaded;

    private RulesLoader() {
    }

    /**
     * Starts loading the packaged rules on a thread of their own, so the service's start overlaps it with Spring's
     * (on two cores it hides the rule base's load). The next {@code load} of the packaged rules takes this one,
     * or its failure; a {@code load} of a folder drops it.
     */
    public static synchronized void preloadPackaged() {
        if (preloaded == null) {
            preloaded = Background.start("rules-preload", () -> load(RuleSource.fromClasspath()));
        }
    }

    public static RuleBase load(String rulesDir) {
        Future<RuleBase> started = takePreloaded();
        if (started != null && (rulesDir == null || rulesDir.isBlank())) {
            return Background.join(started, "loading the packaged rules");
        }
        return load(Rulesets.source(rulesDir));
    }

    public static RuleBase load(io.spotcheck.engine.RuleSource source) {
        RuleBase rules = RuleBase.build(source);
        rules.data(WorkingCalendar.class, WorkingCalendar::from);
        rules.data(PlanParameters.class, PlanParameters::from);
        return rules;
    }

    private static synchronized Future<RuleBase> takePreloaded() {
        Future<RuleBase> started = preloaded;
        preloaded = null;
        return started;
    }
}
