package io.spotcheck.handling;

import io.spotcheck.engine.Describable;
import java.time.LocalDate;

/** An open next step, with the day it runs from and the day it is due where the law sets them. */
public record OpenAction(ActionCode code, LocalDate from, LocalDate due) implements Describable {

    public static OpenAction of(ActionCode code) {
        return new OpenAction(code, null, null);
    }

    @Override
    public String describe() {
        return "open action " + code + (from == null ? "" : " from " + from) + (due == null ? "" : " due " + due);
    }
}
