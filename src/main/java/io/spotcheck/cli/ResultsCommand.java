package io.spotcheck.cli;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.register.Caller;
import io.spotcheck.register.ResultsImport;
import io.spotcheck.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code results import --file F}: imports check results into the store of the service's configuration (CONTRACT §7). */
@Command(name = "results", description = "Check results: import them into the case register.",
        subcommands = ResultsCommand.Import.class)
public final class ResultsCommand {

    @Command(name = "import", description = "Import results.csv (CSV or XLSX): every FAIL opens a case. The whole file "
            + "is checked first; any bad row refuses it all (exit 2). Idempotent by report_no.")
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--file", required = true, description = "The results file.")
        Path file;

        @Option(names = "--as", defaultValue = "${sys:user.name}", description = "Who imports (recorded with each "
                + "record; default: the system user).")
        String as;

        @Override
        public Integer call() throws IOException {
            try (var context = AuditCommand.context(); InputStream in = Files.newInputStream(file)) {
                var imported = context.getBean(ResultsImport.class).importCsv(Caller.commandLine("cli:" + as), in,
                        file.toString());
                spec.commandLine().getOut().println(Json.write(imported));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (NoSuchFileException e) {
                spec.commandLine().getErr().println(file + ": no such file");
                return 2;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> spec.commandLine().getErr().println(p.field() + ": " + p.message()));
                return 2;
            }
        }
    }
}
