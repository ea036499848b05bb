package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;
import java.time.LocalDate;

/** A registered letter sent to the registered address; {@code sentDay} is its epoch day. */
public record RegisteredLetter(int index, LocalDate sent, long sentDay, boolean signed) implements Describable {
    public String describe() {
        return "registered letter sent " + sent + (signed ? ", signed for" : ", returned unsigned");
    }
}
