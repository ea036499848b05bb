package io.spotcheck.ruleset;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.Rulesets;
import io.spotcheck.handling.WorkingCalendar;
import io.spotcheck.targeting.PlanParameters;

/**
 * Loads a ruleset completely: compiles the rules and reads their data files (the rest-day calendar, the plan's
 * parameters), so a mistake in any file under rules/ stops start-up with its file and line.
 */
public final class RulesLoader {

    private RulesLoader() {
    }

    public static RuleBase load(String rulesDir) {
        return load(Rulesets.source(rulesDir));
    }

    public static RuleBase load(io.spotcheck.engine.RuleSource source) {
        RuleBase rules = RuleBase.build(source);
        rules.data(WorkingCalendar.class, WorkingCalendar::from);
        rules.data(PlanParameters.class, PlanParameters::from);
        return rules;
    }
}
