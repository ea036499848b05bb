package io.spotcheck.support;

import io.spotcheck.decision.Decision;
import java.util.List;

/** A decision with the ids of the rules that fired, for assertions. */
public record Decided(Decision decision) {

    public List<String> fired() {
        return decision.explanation().stream().map(Decision.Explanation::ruleId).toList();
    }

    public List<String> categories() {
        return decision.seriousCategories().stream().map(Enum::name).toList();
    }

    public String filing() {
        return decision.filing().name();
    }

    /** Interviews as "DISTRICT:mandatory" / "MUNICIPAL:discretionary". */
    public List<String> interviews() {
        return decision.interviews().stream()
                .map(i -> i.level() + (i.mandatory() ? ":mandatory" : ":discretionary")).toList();
    }

    /** Listings as "ABNORMAL_OPERATIONS" or "SERIOUS_DISHONESTY/MUNICIPAL" when approval is needed. */
    public List<String> listings() {
        return decision.listings().stream()
                .map(l -> l.list() + (l.approvalBy() == null ? "" : "/" + l.approvalBy())).toList();
    }
}
