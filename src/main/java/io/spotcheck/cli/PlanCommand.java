package io.spotcheck.cli;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.shared.Json;
import io.spotcheck.tabular.Sheets;
import io.spotcheck.targeting.Plan;
import io.spotcheck.targeting.PlanRequest;
import io.spotcheck.targeting.Planner;
import io.spotcheck.targeting.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plan}: the annual sampling plan (CONTRACT §2) from a folder of CSV files. */
@Command(name = "plan", description = "Make the annual sampling plan from the CSV files in a folder.")
public final class PlanCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "folder with catalogue.csv, firms.csv, history.csv[, signals.csv, inspectors.csv]")
    Path data;

    @Option(names = "--year", required = true, description = "the plan year")
    int year;

    @Option(names = "--budget", required = true, description = "the budget in batches")
    int budget;

    @Option(names = "--seed", required = true, description = "the published seed of the draw")
    String seed;

    @Option(names = "--start", paramLabel = "DATE", description = "plan start (default: 1 January of --year)")
    LocalDate start;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write plan.csv")
    Path out;

    @Option(names = "--summary", paramLabel = "FILE", description = "also write the summary as JSON")
    Path summary;

    @Mixin
    RulesOption rulesOption;

    @Option(names = "--max-rows", defaultValue = "20000000", description = "refuse a file with more rows (default: ${DEFAULT-VALUE})")
    long maxRows;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(data)) {
            err.println(data + ": no such folder");
            return 2;
        }
        PlanRequest request;
        try {
            request = new PlanRequest(year, budget, seed, start);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        Progress progress = progress(err, System.console() != null);
        try {
            Planner planner = new Planner(rulesOption.load(), maxRows);
            Plan plan = planner.plan(request, name -> open(data.resolve(name)), progress);
            writeAtomically(out, Sheets.BOM + plan.csv());
            if (summary != null) {
                writeAtomically(summary, Json.write(plan.summary()) + "\n");
            }
            var stdout = spec.commandLine().getOut();
            stdout.print(plan.summary().text());
            stdout.flush();
            return 0;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println(p.field() + ": " + p.message()));
            return 2;
        } catch (Planner.CannotPlan e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /** On a terminal, row counts overwrite one line; otherwise they are printed as lines, like the steps. */
    static Progress progress(PrintWriter err, boolean terminal) {
        return new Progress() {
            @Override
            public void step(String message) {
                err.println((terminal ? "\r\033[K" : "") + "… " + message);
                err.flush();
            }

            @Override
            public synchronized void rows(String file, long rows) {
                err.print(terminal ? String.format("\r\033[K  reading %s: %,d rows", file, rows)
                        : String.format("  reading %s: %,d rows%n", file, rows));
                err.flush();
            }
        };
    }

    private static InputStream open(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }

    /** Writes beside the target and moves into place, so a failed run never leaves a half-written file. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".spotcheck-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
