package io.spotcheck.ruleset;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleSource;
import io.spotcheck.engine.Rulesets;
import io.spotcheck.handling.WorkingCalendar;
import io.spotcheck.targeting.PlanParameters;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loads a ruleset completely: compiles the rules and reads their data files (the rest-day calendar, the plan's
 * parameters), so a mistake in any file under rules/ stops start-up with its file and line.
 */
public final class RulesLoader {

    private static FutureTask<RuleBase> preloaded;

    private RulesLoader() {
    }

    /**
     * Starts loading the packaged rules on a thread of their own, so the service's start overlaps it with Spring's
     * (on two cores it hides the rule base's load). The next {@code load} of the packaged rules takes this one,
     * or its failure; a {@code load} of a folder drops it.
     */
    public static synchronized void preloadPackaged() {
        if (preloaded == null) {
            preloaded = new FutureTask<>(() -> load(RuleSource.fromClasspath()));
            Thread thread = new Thread(preloaded, "rules-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    public static RuleBase load(String rulesDir) {
        FutureTask<RuleBase> started = takePreloaded();
        if (started != null && (rulesDir == null || rulesDir.isBlank())) {
            return join(started);
        }
        return load(Rulesets.source(rulesDir));
    }

    public static RuleBase load(io.spotcheck.engine.RuleSource source) {
        RuleBase rules = RuleBase.build(source);
        rules.data(WorkingCalendar.class, WorkingCalendar::from);
        rules.data(PlanParameters.class, PlanParameters::from);
        return rules;
    }

    private static synchronized FutureTask<RuleBase> takePreloaded() {
        FutureTask<RuleBase> started = preloaded;
        preloaded = null;
        return started;
    }

    private static RuleBase join(FutureTask<RuleBase> started) {
        try {
            return started.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the packaged rules", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
