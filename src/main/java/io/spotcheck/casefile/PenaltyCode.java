package io.spotcheck.casefile;

/** Administrative penalties imposed on the firm. Which count as heavier (较重) is decided in rules/listing. */
public enum PenaltyCode {
    HEAVIER_FINE, LICENCE_REVOKED, LICENCE_DOWNGRADED, BUSINESS_RESTRICTED, PRODUCTION_SUSPENDED, CLOSURE_ORDERED, ORDINARY_FINE, WARNING
}
