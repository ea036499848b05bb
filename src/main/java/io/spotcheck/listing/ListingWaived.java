package io.spotcheck.listing;

import io.spotcheck.engine.Describable;

/** A listing that the law's exception spares. */
public record ListingWaived(ListName list, String ground) implements Describable {

    @Override
    public String describe() {
        return list + " listing waived: " + ground;
    }
}
