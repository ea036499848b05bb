package io.spotcheck.cli;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.register.CaseViews;
import io.spotcheck.register.Caller;
import io.spotcheck.register.RegisterRefusal;
import io.spotcheck.shared.Json;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code case show REF [--as-of D]}: a kept case as of a date, the same JSON as {@code GET /api/v1/cases/{ref}}. */
@Command(name = "case", description = "Kept cases (CONTRACT §7).", subcommands = CaseCommand.Show.class)
public final class CaseCommand {

    @Command(name = "show", description = "A case as of a date: its events, request, decision, todo and done.")
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "The case reference.")
        String caseRef;

        @Option(names = "--as-of", description = "The date (YYYY-MM-DD; default: today in Shanghai, or SPOTCHECK_TODAY).")
        LocalDate asOf;

        @Override
        public Integer call() {
            try (var context = AuditCommand.context()) {
                var view = context.getBean(CaseViews.class).view(Caller.commandLine("cli"), caseRef, asOf);
                spec.commandLine().getOut().println(Json.write(view));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (RegisterRefusal e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> spec.commandLine().getErr().println(p.field() + ": " + p.message()));
                return 2;
            }
        }
    }
}
