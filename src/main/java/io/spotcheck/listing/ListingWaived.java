package io.spotcheck.listing;

import io.spotcheck.engine.Describable;

/** A listing that the law's exception spares. */
public record ListingWaived(ListName list, WaiverGround ground) implements Describable {

    /** The form rulesets before 2026-12 use ({@code "NO_INTENT_PROVEN"}), kept for replay. */
    public ListingWaived(ListName list, String ground) {
        this(list, WaiverGround.valueOf(ground));
    }

    @Override
    public String describe() {
        return list + " listing waived: " + ground;
    }
}
