package io.spotcheck.register;

/** What an event records (CONTRACT §7 "Events"). */
public enum EventType {
    NOTICE_RECEIVED(true), CORRECTION_ORDERED(true), RETEST(true), RECHECK(true), ANNOUNCED(true),
    SECOND_RECHECK(true), SUSPENSION_RECHECK(true),
    MAIL_SENT(false), REACHABILITY(false),
    FINDINGS(false), CIRCUMSTANCES(false), PENALTIES(false), MINOR_GROUNDS(false),
    NO_INTENT_PROVEN(false), JURISDICTION_DISPUTED(false),
    TRANSFERRED(false), DONE(false), CLOSED(false), RETRACT(false);

    private final boolean lifecycle;

    EventType(boolean lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** A step of the check under decision's lifecycle: at most one live on a case, and only on a case with a check. */
    public boolean lifecycle() {
        return lifecycle;
    }
}
