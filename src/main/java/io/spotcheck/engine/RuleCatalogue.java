package io.spotcheck.engine;

import java.util.List;

/** The auditors' view of a ruleset (CONTRACT §3): its version and every rule's id, names, basis and file. */
public record RuleCatalogue(String rulesetVersion, List<Entry> rules) {

    public record Entry(String id, Name name, String basis, String file) {
    }

    public record Name(String zh, String en) {
    }

    public static RuleCatalogue of(RuleBase ruleBase) {
        return new RuleCatalogue(ruleBase.version(), ruleBase.rules().stream()
                .map(r -> new Entry(r.id(), new Name(r.zh(), r.en()), r.basis(), r.file()))
                .toList());
    }
}
