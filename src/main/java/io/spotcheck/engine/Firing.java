package io.spotcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One rule firing: the rule, the facts it matched, and the facts it concluded. */
public record Firing(RuleInfo rule, List<Object> matched, List<Object> concluded) {

    /**
     * "firm … (PRODUCER, 浦东新区); serious problem UNSAFE_STANDARD" — what the rule saw, each fact described once
     * per {@code described} cache (one per decision).
     */
    public String detail(Map<Object, String> described) {
        StringBuilder out = new StringBuilder();
        List<String> seen = new ArrayList<>(matched.size());
        for (Object fact : matched) {
            if (fact instanceof Describable d) {
                String text = described.computeIfAbsent(fact, k -> d.describe());
                if (!seen.contains(text)) {
                    seen.add(text);
                    out.append(out.isEmpty() ? "" : "; ").append(text);
                }
            }
        }
        return out.isEmpty() ? ALL_CONDITIONS : out.toString();
    }

    /** The detail of a rule that only tests that facts exist: they are explained by the rules that derived them. */
    static final String ALL_CONDITIONS = "its conditions hold (the facts are explained by the rules that derived them)";

    /** What the rule inserted, described, each once. */
    public List<String> conclusions(Map<Object, String> described) {
        List<String> out = new ArrayList<>(concluded.size());
        for (Object fact : concluded) {
            String text = described.computeIfAbsent(fact,
                    k -> fact instanceof Describable d ? d.describe() : String.valueOf(fact));
            if (!out.contains(text)) {
                out.add(text);
            }
        }
        return out;
    }
}
