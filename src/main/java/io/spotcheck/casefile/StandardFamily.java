package io.spotcheck.casefile;

/**
 * Who issued a standard, read from its code: GB/GBZ national, two-letter industry, DBnn local, T/ group,
 * Q/ enterprise, JJF/JJG metrology, ISO/IEC/EN international.
 */
public enum StandardFamily { NATIONAL, INDUSTRY, LOCAL, ENTERPRISE, GROUP, METROLOGY, INTERNATIONAL }
