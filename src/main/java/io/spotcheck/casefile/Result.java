package io.spotcheck.casefile;

/** Result of a spot check or re-check. */
public enum Result {
    PASS, FAIL
}
