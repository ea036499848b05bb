package io.spotcheck.listing;

import io.spotcheck.casefile.Level;
import io.spotcheck.engine.Describable;

/** A listing that needs a higher bureau's approval before it is made. */
public record ListingApproval(ListName list, Level by) implements Describable {

    @Override
    public String describe() {
        return list + " listing needs approval by the " + by + " bureau";
    }
}
