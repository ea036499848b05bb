package io.spotcheck.cli;

import io.spotcheck.casefile.CaseFacts;
import io.spotcheck.casefile.CaseReader;
import io.spotcheck.casefile.CaseRequest;
import io.spotcheck.decision.CaseDecider;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.handling.WorkingCalendar;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import io.spotcheck.shared.Today;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: in-process decisions per second over the sample cases, one thread, explanation recorded, the
 * rule base built once and its sessions pooled. Also reports how long the rule base takes to build.
 */
@Command(name = "bench", description = "Measure in-process decisions per second over the sample cases.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples/cases",
            description = "folder of case JSON files (default: ${DEFAULT-VALUE})")
    Path samples;

    @Mixin
    RulesOption rulesOption;

    @Option(names = "--warmup", defaultValue = "10", description = "warm-up seconds (default: ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(names = "--seconds", defaultValue = "20", description = "measured seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        List<CaseRequest> cases = readCases();
        long t0 = System.nanoTime();
        RuleBase rules = rulesOption.load();
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        CaseDecider decider = new CaseDecider(() -> rules);
        out.printf("cases: %d from %s; rule base %s in %.2f s (%d rules)%n", cases.size(), samples,
                RulesOption.how(rules), buildSeconds, rules.rules().size());
        run(decider, cases, warmupSeconds);
        long[] result = run(decider, cases, seconds);
        double perSecond = result[0] / (result[1] / 1e9);
        double perCpuSecond = result[0] / (result[2] / 1e9);
        out.printf("decisions: %d in %.1f s = %,.0f decisions/s (%.1f µs each), 1 thread, %d cores, Java %s%n",
                result[0], result[1] / 1e9, perSecond, 1e6 / perSecond,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        out.printf("by the thread's CPU time (%.1f s): %,.0f decisions per CPU-second — the figure to compare on a "
                + "shared machine, where wall time also counts other processes%n", result[2] / 1e9, perCpuSecond);
        List<List<Object>> facts = cases.stream().map(c -> {
            List<Object> f = new ArrayList<>(CaseFacts.of(c));
            f.add(rules.data(WorkingCalendar.class, WorkingCalendar::from));
            return f;
        }).toList();
        runBare(rules, facts, warmupSeconds);
        long[] bare = runBare(rules, facts, seconds);
        out.printf("the engine alone (the same facts inserted and fired on a pooled session, nothing recorded, no "
                + "explanation or timeline): %,.0f runs/s, %,.0f per CPU-second; the decision's own share is the rest%n",
                bare[0] / (bare[1] / 1e9), bare[0] / (bare[2] / 1e9));
        return 0;
    }

    private static long[] run(CaseDecider decider, List<CaseRequest> cases, int seconds) {
        return timed(cases, c -> decider.decide(c).explanation().size(), seconds);
    }

    private static long[] runBare(RuleBase rules, List<List<Object>> facts, int seconds) {
        return timed(facts, f -> rules.fireOnly(RuleBase.Flow.CASE, f), seconds);
    }

    /** Runs {@code work} over {@code items} again and again for {@code seconds}: {count, wall ns, thread CPU ns}. */
    private static <T> long[] timed(List<T> items, java.util.function.ToLongFunction<T> work, int seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long n = 0;
        long sink = 0;
        while (System.nanoTime() < end) {
            for (T item : items) {
                sink += work.applyAsLong(item);
                n++;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new long[] {n, System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpuStart};
    }

    private List<CaseRequest> readCases() throws IOException {
        CaseReader reader = new CaseReader(Today.fromEnvironment().dateClock());
        List<CaseRequest> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList()) {
                cases.add(reader.read(Files.readAllBytes(p)));
            }
        }
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no case files (*.json) in " + samples);
        }
        return cases;
    }
}
