package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;
import java.time.LocalDate;

/**
 * The objection re-test (复检, Order 18 第三十七条至第四十三条) of the check under decision. Its result is final:
 * {@link CheckUnderDecision#result()} already is the re-test's result.
 */
public record Retest(LocalDate date, Result result) implements Describable {
    public String describe() {
        return "objection re-test on " + date + ": " + result;
    }
}
