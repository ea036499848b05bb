package io.spotcheck.targeting;

/** Why a candidate pair may not be selected at all (CONTRACT §2 excluded). */
public enum Exclusion { UNREACHABLE, SIX_MONTH_RULE }
