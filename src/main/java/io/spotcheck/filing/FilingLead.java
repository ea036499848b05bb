package io.spotcheck.filing;

import io.spotcheck.engine.Describable;

/** A lead (案件线索) that must be assessed for filing: a failed check or an established finding. */
public record FilingLead(Source source) implements Describable {

    public enum Source { CHECK_FAILED, FINDING }

    @Override
    public String describe() {
        return "filing lead: " + source;
    }
}
