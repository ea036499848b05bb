package io.spotcheck.listing;

import io.spotcheck.engine.Describable;

/** The firm must be put on a list. */
public record ListingDue(ListName list) implements Describable {

    @Override
    public String describe() {
        return "listing on " + list;
    }
}
