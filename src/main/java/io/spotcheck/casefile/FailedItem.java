package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

/** A failed test item of the check under decision, with its standard code taken apart. */
public record FailedItem(int index, String item, String standard, StandardFamily standardFamily,
                         StandardSuffix standardSuffix, Boolean safetyCritical) implements Describable {
    public String describe() {
        return "failed item " + item + " (" + standard + (safetyCritical == null ? ", unmarked"
                : safetyCritical ? ", safety-critical" : ", not safety-critical") + ")";
    }
}
