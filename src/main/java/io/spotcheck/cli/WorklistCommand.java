package io.spotcheck.cli;

import io.spotcheck.register.Caller;
import io.spotcheck.register.Worklist;
import io.spotcheck.shared.Json;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code worklist [--district X] [--as-of D] [--csv]}: what is due across every kept case (CONTRACT §7). */
@Command(name = "worklist", description = "The open steps of every kept case, overdue first by due date.")
public final class WorklistCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--district", description = "Only the cases this district holds (MUNICIPAL: the municipal bureau's).")
    String district;

    @Option(names = "--as-of", description = "The date (YYYY-MM-DD; default: today in Shanghai, or SPOTCHECK_TODAY).")
    LocalDate asOf;

    @Option(names = "--csv", description = "CSV (UTF-8 with a byte-order mark) instead of JSON.")
    boolean csv;

    @Override
    public Integer call() {
        try (var context = AuditCommand.context()) {
            var items = context.getBean(Worklist.class).of(Caller.commandLine("cli"), asOf, district);
            spec.commandLine().getOut().print(csv ? Worklist.csv(items) : Json.write(items) + "\n");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
