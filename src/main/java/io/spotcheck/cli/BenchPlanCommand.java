package io.spotcheck.cli;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.targeting.Plan;
import io.spotcheck.targeting.PlanRequest;
import io.spotcheck.targeting.Planner;
import io.spotcheck.targeting.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-plan}: in one JVM, alternately merely parse the plan's CSV files (Commons CSV, every value touched)
 * and make the whole plan from them, and report the best of each and their ratio. With {@code --cold}, what a user
 * pays instead: each round starts fresh JVMs of this jar for {@code rules} (the start-up), {@code plan} (the whole
 * command, {@code -Xmx} as given) and a parse of the same files, and reports medians, (plan − start-up) ÷ parse and
 * the plan's peak heap.
 */
@Command(name = "bench-plan", description = "Measure planning time against merely parsing the same CSV files.")
public final class BenchPlanCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR")
    Path data;

    @Option(names = "--year", description = "the plan year (required but with --parse-only)")
    Integer year;

    @Option(names = "--budget", description = "the budget in batches (required but with --parse-only)")
    Integer budget;

    @Option(names = "--seed", defaultValue = "1")
    String seed;

    @Option(names = "--rounds", defaultValue = "3", description = "rounds of each (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--cold", description = "time fresh JVMs of this jar: rules, plan and a parse, each round")
    boolean cold;

    @Option(names = "--xmx", defaultValue = "2g", description = "with --cold: the plan's -Xmx (default: ${DEFAULT-VALUE})")
    String xmx;

    @Option(names = "--jar", paramLabel = "FILE",
            description = "with --cold: time the rules and plan of another build, e.g. an older one (default: this jar)")
    Path otherJar;

    @Option(names = "--parse-only", description = "parse the files once in this JVM and print the seconds (--cold runs it)")
    boolean parseOnly;

    @Mixin
    RulesOption rulesOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Planner.Files files = name -> Files.isRegularFile(data.resolve(name)) ? Files.newInputStream(data.resolve(name)) : null;
        if (parseOnly) {
            long a = System.nanoTime();
            Planner.parseOnly(files);
            out.printf("parse only %.3f s%n", (System.nanoTime() - a) / 1e9);
            return 0;
        }
        if (year == null || budget == null) {
            spec.commandLine().getErr().println("--year and --budget are required");
            return 2;
        }
        return cold ? cold(out) : warm(out, files);
    }

    private int warm(PrintWriter out, Planner.Files files) throws Exception {
        long t0 = System.nanoTime();
        RuleBase rules = rulesOption.load();
        out.printf("rule base %s in %.2f s%n", RulesOption.how(rules), (System.nanoTime() - t0) / 1e9);
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

    private int cold(PrintWriter out) throws IOException, InterruptedException {
        String jar = System.getProperty("java.class.path");
        if (!isThisJar(jar)) {
            spec.commandLine().getErr().println("--cold runs this jar again: start it as java -jar spotcheck.jar");
            return 2;
        }
        jar = Path.of(jar).toAbsolutePath().toString(); // as started (java -jar target/spotcheck.jar): relative
        String timedJar = otherJar == null ? jar : otherJar.toAbsolutePath().toString();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createTempDirectory("bench-plan-");
        // the JVMs run in a folder of their own: every path they are given is absolute
        String dataDir = data.toAbsolutePath().toString();
        List<String> rulesArgs = rulesOption.dir == null ? List.of()
                : List.of("--rules", Path.of(rulesOption.dir).toAbsolutePath().toString());
        double[] startup = new double[rounds];
        double[] plan = new double[rounds];
        double[] parse = new double[rounds];
        long peakHeap = 0;
        try {
            for (int r = 0; r < rounds; r++) {
                List<String> rulesCommand = new ArrayList<>(List.of(javaBin, "-jar", timedJar, "rules"));
                rulesCommand.addAll(rulesArgs);
                startup[r] = timed(rulesCommand, work);
                Path gc = work.resolve("gc-" + r + ".log");
                List<String> planCommand = new ArrayList<>(List.of(javaBin, "-Xmx" + xmx,
                        "-Xlog:gc,gc+heap+exit:file=" + gc, "-jar", timedJar, "plan", "--data", dataDir,
                        "--year", year.toString(), "--budget", budget.toString(), "--seed", seed,
                        "--out", work.resolve("plan.csv").toString()));
                planCommand.addAll(rulesArgs);
                plan[r] = timed(planCommand, work);
                peakHeap = Math.max(peakHeap, peakHeap(gc));
                Process p = new ProcessBuilder(javaBin, "-Xmx" + xmx, "-jar", jar, "bench-plan", "--parse-only",
                        "--data", dataDir).directory(work.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("parse only ([\\d.]+) s").matcher(said);
                if (p.waitFor() != 0 || !m.find()) {
                    throw new IllegalStateException("the parse did not run: " + said);
                }
                parse[r] = Double.parseDouble(m.group(1));
                out.printf("round %d: rules %.2f s, plan %.2f s, parse only %.2f s in a fresh JVM%n", r + 1,
                        startup[r], plan[r], parse[r]);
                out.flush();
            }
        } finally {
            try (var left = Files.walk(work)) {
                left.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        double s = median(startup);
        double p = median(plan);
        double f = median(parse);
        out.printf("%s (medians of %d): start-up (rules) %.2f s, plan %.2f s, plan − start-up %.2f s = %.2f × the "
                        + "parse (%.2f s); plan peak heap %d MiB of -Xmx%s; %d cores%n", data, rounds, s, p, p - s,
                (p - s) / f, f, peakHeap >> 20, xmx, Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** Whether {@code path} is the service's jar: one jar that holds this command among its classes. */
    private static boolean isThisJar(String path) {
        if (path == null || !path.endsWith(".jar") || path.contains(java.io.File.pathSeparator)) {
            return false;
        }
        String self = BenchPlanCommand.class.getName().replace('.', '/') + ".class";
        try (var jar = new java.util.jar.JarFile(path)) { // target/spotcheck.jar, or the single-file -boot.jar
            return jar.getEntry(self) != null || jar.getEntry("BOOT-INF/classes/" + self) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code command} in {@code dir}, its output thrown away; returns its wall seconds, or fails. */
    private static double timed(List<String> command, Path dir) throws IOException, InterruptedException {
        long a = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - a) / 1e9;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
        return seconds;
    }

    private static final Pattern BEFORE_GC = Pattern.compile("(\\d+)M->\\d+M\\(");
    private static final Pattern USED_AT_EXIT = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    /** The most heap in use in a GC log: before any collection, or at exit. */
    static long peakHeap(Path gcLog) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = BEFORE_GC.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)) << 20);
            }
            Matcher e = USED_AT_EXIT.matcher(line);
            if (e.find()) {
                peak = Math.max(peak, Long.parseLong(e.group(1)) << 10);
            }
        }
        return peak;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
