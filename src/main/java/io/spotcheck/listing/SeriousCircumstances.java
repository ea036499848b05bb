package io.spotcheck.listing;

import io.spotcheck.engine.Describable;

/** Bad nature, serious circumstances and great social harm all hold (性质恶劣、情节严重、社会危害较大). */
public record SeriousCircumstances() implements Describable {

    @Override
    public String describe() {
        return "bad nature, serious circumstances and great social harm";
    }
}
