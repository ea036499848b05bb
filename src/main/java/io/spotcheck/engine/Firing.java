package io.spotcheck.engine;

import java.util.List;
import java.util.stream.Collectors;

/** One rule firing: the rule, the facts it matched, and the facts it concluded. */
public record Firing(RuleInfo rule, List<Object> matched, List<Object> concluded) {

    /** "firm … (PRODUCER, 浦东新区); serious problem UNSAFE_STANDARD" — what the rule saw. */
    public String detail() {
        return matched.stream().filter(Describable.class::isInstance).map(Firing::describe).distinct().collect(Collectors.joining("; "));
    }

    public List<String> conclusions() {
        return concluded.stream().map(Firing::describe).distinct().toList();
    }

    static String describe(Object fact) {
        return fact instanceof Describable d ? d.describe() : String.valueOf(fact);
    }
}
