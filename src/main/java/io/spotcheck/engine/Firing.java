package io.spotcheck.engine;

import java.util.ArrayList;
import java.util.List;

/** One rule firing: the rule, the facts it matched, and the facts it concluded. */
public record Firing(RuleInfo rule, List<Object> matched, List<Object> concluded) {

    /** "firm … (PRODUCER, 浦东新区); serious problem UNSAFE_STANDARD" — what the rule saw. */
    public String detail() {
        StringBuilder out = new StringBuilder();
        List<String> seen = new ArrayList<>(matched.size());
        for (Object fact : matched) {
            if (fact instanceof Describable d) {
                String text = d.describe();
                if (!seen.contains(text)) {
                    seen.add(text);
                    out.append(out.isEmpty() ? "" : "; ").append(text);
                }
            }
        }
        return out.toString();
    }

    /** What the rule inserted, described, each once. */
    public List<String> conclusions() {
        List<String> out = new ArrayList<>(concluded.size());
        for (Object fact : concluded) {
            String text = fact instanceof Describable d ? d.describe() : String.valueOf(fact);
            if (!out.contains(text)) {
                out.add(text);
            }
        }
        return out;
    }
}
