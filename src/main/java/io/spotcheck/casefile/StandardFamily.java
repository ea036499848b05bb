package io.spotcheck.casefile;

/** Who issued a standard, read from its code: GB national, two-letter industry, DB local, Q/ enterprise. */
public enum StandardFamily { NATIONAL, INDUSTRY, LOCAL, ENTERPRISE }
