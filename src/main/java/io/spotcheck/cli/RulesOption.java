package io.spotcheck.cli;

import io.spotcheck.ruleset.RulesLoader;
import io.spotcheck.engine.RuleBase;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option every rule-running command shares. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: the packaged rules)")
    String dir;

    RuleBase load() {
        return RulesLoader.load(dir);
    }

    /** How the rule base came to be, for the benchmarks: from the build's compiled model, or compiled at start. */
    static String how(RuleBase rules) {
        return rules.precompiled() ? "loaded from the model compiled at build time" : "compiled at start";
    }
}
