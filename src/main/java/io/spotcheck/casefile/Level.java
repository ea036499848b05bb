package io.spotcheck.casefile;

/** Administrative level of a bureau: of a spot check, an announcement or an interview. */
public enum Level {
    NATIONAL, MUNICIPAL, DISTRICT
}
