package io.spotcheck.listing;

/** Why a listing whose conditions are met is not made. */
public enum WaiverGround {
    /** The firm proved it had no intent (Order 44 第十二条, LST-021). */
    NO_INTENT_PROVEN
}
