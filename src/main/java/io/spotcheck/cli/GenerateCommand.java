package io.spotcheck.cli;

import io.spotcheck.targeting.SyntheticData;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate}: a synthetic plan dataset of N firms, for benchmarks and for trying the service at size. */
@Command(name = "generate", description = "Write a synthetic plan dataset (CONTRACT §2 files) of N firms.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--firms", required = true, description = "number of firms")
    int firms;

    @Option(names = "--year", required = true, description = "the plan year the history leads up to")
    int year;

    @Option(names = "--seed", defaultValue = "1", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (firms < 1 || firms > 50_000_000) {
            spec.commandLine().getErr().println("--firms must be between 1 and 50,000,000");
            return 2;
        }
        SyntheticData.write(out, firms, year, seed);
        spec.commandLine().getOut().printf("wrote %,d firms to %s%n", firms, out);
        return 0;
    }
}
