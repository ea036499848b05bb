package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

/** A failed test item of the check under decision, with its standard code taken apart (all three null without one). */
public record FailedItem(int index, String item, String standard, StandardFamily standardFamily,
                         StandardSuffix standardSuffix, Boolean safetyCritical) implements Describable {
    public String describe() {
        return "failed item " + item + " (" + (standard == null ? "no standard" : standard) + (safetyCritical == null ? ", unmarked"
                : safetyCritical ? ", safety-critical" : ", not safety-critical") + ")";
    }
}
