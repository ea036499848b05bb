package io.spotcheck.casefile;

/**
 * Facts the investigation established (CONTRACT §1 findings). Version 2 adds the forged or borrowed
 * certification mark, the uncertified product of the compulsory certification (CCC) catalogue and unlicensed
 * production (无证生产).
 */
public enum FindingCode {
    ADULTERATION, COUNTERFEIT, INFERIOR_AS_SUPERIOR, SUBSTANDARD_AS_STANDARD, ELIMINATED_PRODUCT, EXPIRED_OR_DETERIORATED, FORGED_ORIGIN, FORGED_FACTORY_IDENTITY, FORGED_DATES, FORGED_QUALITY_MARK, CLAIMS_CONFORMITY,
    FORGED_CERTIFICATION_MARK, UNCERTIFIED_CCC_PRODUCT, UNLICENSED_PRODUCTION
}
