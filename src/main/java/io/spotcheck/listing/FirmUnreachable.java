package io.spotcheck.listing;

import io.spotcheck.engine.Describable;

/** The firm cannot be contacted at its registered domicile or premises (通过登记的住所或者经营场所无法联系). */
public record FirmUnreachable() implements Describable {

    @Override
    public String describe() {
        return "firm unreachable at its registered address";
    }
}
