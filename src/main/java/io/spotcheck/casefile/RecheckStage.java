package io.spotcheck.casefile;

/** Which re-check: the first (after correction), the second (after the announcement), or after suspension. */
public enum RecheckStage { FIRST, SECOND, SUSPENSION }
