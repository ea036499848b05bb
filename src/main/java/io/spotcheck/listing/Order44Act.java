package io.spotcheck.listing;

import io.spotcheck.casefile.FindingCode;
import io.spotcheck.classification.SeriousCategory;

/** The product-quality acts of SAMR Order 44 Art 7 (as 251号 三(四) restates them) that a case can show. */
public enum Order44Act {
    ADULTERATION, COUNTERFEIT, INFERIOR_AS_SUPERIOR, SUBSTANDARD_AS_STANDARD, ELIMINATED_PRODUCT,
    /** A health/safety failure under a national standard (LST-015). */
    UNSAFE_STANDARD,
    /** Failing the re-check after a provincial-or-higher announcement, Art 7(三) (LST-011). */
    ANNOUNCED_RECHECK_FAILED,
    /** Art 7(五) (LST-016). */
    FORGED_CERTIFICATION_MARK, UNCERTIFIED_CCC_PRODUCT;

    /** The act a serious problem category is (LST-010); only the categories of Art 7 are acts. */
    public static Order44Act of(SeriousCategory category) {
        return valueOf(category.name());
    }

    /** The act a finding is (LST-016); only the findings of Art 7(五) are acts. */
    public static Order44Act of(FindingCode finding) {
        return valueOf(finding.name());
    }
}
