package io.spotcheck.cli;

import io.spotcheck.shared.Json;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleCatalogue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rules [--json]}: the rule catalogue for auditors (CONTRACT §3). */
@Command(name = "rules", description = "List every rule with its id, names, legal basis and file.")
public final class RulesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print the catalogue as JSON")
    boolean json;

    @Mixin
    RulesOption rulesOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleBase rules = rulesOption.load();
        RuleCatalogue catalogue = RuleCatalogue.of(rules);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(catalogue));
            return 0;
        }
        out.println("Ruleset " + catalogue.rulesetVersion() + " (" + catalogue.rules().size() + " rules)");
        String file = null;
        for (var r : catalogue.rules()) {
            if (!r.file().equals(file)) {
                file = r.file();
                out.println();
                out.println("rules/" + file);
            }
            out.println("  " + r.id() + "  " + r.name().en());
            out.println("           " + r.name().zh());
            out.println("           basis: " + r.basis());
        }
        return 0;
    }
}
