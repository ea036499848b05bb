package io.spotcheck.targeting;

/** The plan's tiers, in the order they are filled and listed. */
public enum Tier { MANDATORY, PRIORITY, RANDOM }
