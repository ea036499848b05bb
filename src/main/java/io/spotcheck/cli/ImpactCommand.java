package io.spotcheck.cli;

import io.spotcheck.ruleset.RulesLoader;
import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.Impact;
import io.spotcheck.shared.Json;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code impact --rules DIR}: how many stored decisions a candidate ruleset would change, field by field. */
@Command(name = "impact", description = "Re-run stored decisions under candidate rules and report what would change.")
public final class ImpactCommand implements Callable<Integer> {

    @Option(names = "--rules", required = true, paramLabel = "DIR", description = "the candidate rules folder")
    Path rules;

    @Option(names = "--from", paramLabel = "DATE", description = "first day stored (inclusive)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day stored (inclusive)")
    LocalDate to;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var candidate = RulesLoader.load(rules.toString());
        try (var context = AuditCommand.context()) {
            Impact.Report report = Impact.of(context.getBean(AuditLog.class), candidate, from, to);
            if (json != null) {
                PlanCommand.writeAtomically(json, Json.write(report) + "\n");
            }
            spec.commandLine().getOut().print(report.text());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
