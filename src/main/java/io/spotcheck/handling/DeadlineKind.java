package io.spotcheck.handling;

/** The dates the handling rules count. */
public enum DeadlineKind {
    OBJECTION("objection deadline"),
    CORRECTION("correction deadline"),
    FIRST_RECHECK("first re-check deadline"),
    SECOND_RECHECK_OPENS("second re-check window opens"),
    SECOND_RECHECK("second re-check deadline");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
