package io.spotcheck;

import io.spotcheck.cli.AuditCommand;
import io.spotcheck.cli.BenchCommand;
import io.spotcheck.cli.BenchRegisterCommand;
import io.spotcheck.cli.CaseCommand;
import io.spotcheck.cli.EvaluationCommand;
import io.spotcheck.cli.ResultsCommand;
import io.spotcheck.cli.WorklistCommand;
import io.spotcheck.cli.ImpactCommand;
import io.spotcheck.cli.BenchPlanCommand;
import io.spotcheck.cli.DecideCommand;
import io.spotcheck.cli.GenerateCommand;
import io.spotcheck.cli.PlanCommand;
import io.spotcheck.cli.RulesCommand;
import io.spotcheck.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The jar's entry point: {@code serve} (the default) starts the service; the other commands run and exit. */
@Command(name = "spotcheck", mixinStandardHelpOptions = true, version = "spotcheck 0.1.0",
        description = "Product-quality spot-check rules engine (沪市监产质〔2022〕251号).",
        subcommands = {ServeCommand.class, DecideCommand.class, PlanCommand.class, GenerateCommand.class,
                RulesCommand.class, AuditCommand.class, ImpactCommand.class, BenchCommand.class,
                BenchPlanCommand.class, ResultsCommand.class, CaseCommand.class, WorklistCommand.class,
                BenchRegisterCommand.class, EvaluationCommand.class})
public final class Spotcheck {

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("serve") || isSpringOption(args[0])) {
            String[] rest = args.length > 0 && args[0].equals("serve")
                    ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
            ServeCommand.start(rest);
            return;
        }
        // commands print results on stdout: keep the engine's logging on stderr, warnings only (cli/CliLogging)
        System.setProperty(io.spotcheck.cli.CliLogging.PROPERTY, "true");
        System.exit(commandLine().execute(args));
    }

    /** {@code java -jar spotcheck.jar --server.port=9090} serves too: a leading {@code --name=value} is Spring's. */
    static boolean isSpringOption(String arg) {
        return arg.startsWith("--") && arg.contains("=");
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Spotcheck())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("spotcheck: " + e.getMessage());
                    return 1;
                });
    }
}
