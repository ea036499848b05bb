package io.spotcheck.engine;

import java.util.List;

/** The auditors' view of a ruleset (CONTRACT §3): its version and every rule's id, names, basis and file. */
public record RuleCatalogue(String rulesetVersion, List<Entry> rules) {

    public record Entry(String id, BilingualName name, String basis, String file) {
    }

    public static RuleCatalogue of(RuleBase ruleBase) {
        return new RuleCatalogue(ruleBase.version(), ruleBase.rules().stream()
                .map(r -> new Entry(r.id(), r.names(), r.basis(), r.file()))
                .toList());
    }
}
