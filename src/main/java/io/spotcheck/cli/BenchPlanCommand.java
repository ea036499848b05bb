package io.spotcheck.cli;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.targeting.Plan;
import io.spotcheck.targeting.PlanRequest;
import io.spotcheck.targeting.Planner;
import io.spotcheck.targeting.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-plan}: in one JVM, alternately merely parse the plan's CSV files (Commons CSV, every value touched)
 * and make the whole plan from them, and report the best of each and their ratio.
 */
@Command(name = "bench-plan", description = "Measure planning time against merely parsing the same CSV files.")
public final class BenchPlanCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR")
    Path data;

    @Option(names = "--year", required = true)
    int year;

    @Option(names = "--budget", required = true)
    int budget;

    @Option(names = "--seed", defaultValue = "1")
    String seed;

    @Option(names = "--rounds", defaultValue = "3", description = "rounds of each (default: ${DEFAULT-VALUE})")
    int rounds;

    @Mixin
    RulesOption rulesOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        RuleBase rules = rulesOption.load();
        out.printf("rule base %s in %.2f s%n", RulesOption.how(rules), (System.nanoTime() - t0) / 1e9);
        Planner.Files files = name -> Files.isRegularFile(data.resolve(name)) ? Files.newInputStream(data.resolve(name)) : null;
        double[] parse = new double[rounds];
        double[] plan = new double[rounds];
        Plan last = null;
        for (int r = 0; r < rounds; r++) {
            long a = System.nanoTime();
            Planner.parseOnly(files);
            parse[r] = (System.nanoTime() - a) / 1e9;
            long b = System.nanoTime();
            last = new Planner(rules, Long.MAX_VALUE).plan(new PlanRequest(year, budget, seed, null), files, Progress.NONE);
            plan[r] = (System.nanoTime() - b) / 1e9;
            out.printf("round %d: parse only %.2f s, plan %.2f s%n", r + 1, parse[r], plan[r]);
            out.flush();
        }
        double bestParse = Arrays.stream(parse).min().orElseThrow();
        double bestPlan = Arrays.stream(plan).min().orElseThrow();
        out.printf("%s: %,d batches; best parse only %.2f s, best plan %.2f s, ratio %.2f; heap max %d MiB, %d cores%n",
                data, last.rows().size(), bestParse, bestPlan, bestPlan / bestParse,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        return 0;
    }
}
