package io.spotcheck.register;

import io.spotcheck.engine.Describable;
import io.spotcheck.filing.Filing;
import java.time.LocalDate;

/** A kept case: the day it was opened and its filing as of the day asked (the step rules' input). */
public record CaseOpened(LocalDate openedOn, Filing filing) implements Describable {

    @Override
    public String describe() {
        return "case opened on " + openedOn + ", filing " + filing;
    }
}
