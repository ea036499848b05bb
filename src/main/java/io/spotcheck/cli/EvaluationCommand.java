package io.spotcheck.cli;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.evaluation.Evaluation;
import io.spotcheck.evaluation.Report;
import io.spotcheck.evaluation.ReportText;
import io.spotcheck.register.Caller;
import io.spotcheck.shared.Json;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluation --from D1 --to D2 [--as-of D] [--json FILE]}: the 四(三) figures (CONTRACT §8) of the store of the
 * service's configuration, even while the service runs; the command line sees every district.
 */
@Command(name = "evaluation", description = "The evaluation (251号 四(三)): each district's handling of the cases "
        + "opened from --from to --to as of --as-of, and the labs' and categories' results of the period.")
public final class EvaluationCommand implements Callable<Integer> {

    /** The store the command reads: the service's, opened for the command and closed after it. */
    public interface Store extends AutoCloseable {
        Evaluation evaluation();

        @Override
        void close();
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "D1", description = "First day of the period (opened on).")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "D2", description = "Last day of the period (inclusive).")
    LocalDate to;

    @Option(names = "--as-of", paramLabel = "D", description = "The date the cases are judged as of (default: today "
            + "in Shanghai, or SPOTCHECK_TODAY).")
    LocalDate asOf;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON (the JSON of "
            + "GET /api/v1/evaluation).")
    Path json;

    private final Supplier<Store> store;

    public EvaluationCommand() {
        this(EvaluationCommand::service);
    }

    /** The command on another store (tests). */
    public EvaluationCommand(Supplier<Store> store) {
        this.store = store;
    }

    private static Store service() {
        var context = AuditCommand.context();
        return new Store() {
            @Override
            public Evaluation evaluation() {
                return context.getBean(Evaluation.class);
            }

            @Override
            public void close() {
                context.close();
            }
        };
    }

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (from.isAfter(to)) {
            err.println("--to: " + to + " is before --from (" + from + ")");
            err.flush();
            return 2;
        }
        try (Store s = store.get()) {
            Evaluation evaluation = s.evaluation();
            Report report = evaluation.report(Caller.commandLine("cli"), evaluation.period(from, to, asOf));
            if (json != null) {
                PlanCommand.writeAtomically(json, Json.write(report) + "\n");
            }
            spec.commandLine().getOut().print(ReportText.of(report));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println(p.field() + ": " + p.message()));
            err.flush();
            return 2;
        }
    }
}
