package io.spotcheck.classification;

import io.spotcheck.casefile.FindingCode;

/** The serious quality problem categories of 沪市监产质〔2022〕251号 三(二) (DOMAIN §3). */
public enum SeriousCategory {
    UNSAFE_STANDARD, ADULTERATION, COUNTERFEIT, INFERIOR_AS_SUPERIOR, SUBSTANDARD_AS_STANDARD,
    ELIMINATED_PRODUCT, EXPIRED_OR_DETERIORATED, FORGED_ORIGIN, FORGED_FACTORY_IDENTITY, FORGED_DATES,
    FORGED_QUALITY_MARK;

    /** The category a finding names (findings other than CLAIMS_CONFORMITY share their category's code). */
    public static SeriousCategory named(FindingCode finding) {
        return valueOf(finding.name());
    }
}
