package io.spotcheck.engine;

import java.nio.file.Path;

/** Where the rules come from: a folder when one is named, else the rules packaged into the jar. */
public final class Rulesets {

    private Rulesets() {
    }

    public static RuleSource source(String rulesDir) {
        return rulesDir == null || rulesDir.isBlank()
                ? RuleSource.fromClasspath()
                : RuleSource.fromDirectory(Path.of(rulesDir));
    }
}
