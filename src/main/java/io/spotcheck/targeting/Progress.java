package io.spotcheck.targeting;

/** Where a long run reports its steps (stderr on the command line; nowhere in the service). */
@FunctionalInterface
public interface Progress {

    Progress NONE = message -> { };

    void step(String message);

    /** Called every {@value #EVERY} rows of a long file. */
    default void rows(String file, long rows) {
    }

    long EVERY = 250_000;
}
