package io.spotcheck.filing;

/** Whether a case must be filed (CONTRACT §1 filing). */
public enum Filing { MUST_FILE, NO_FILING_NEEDS_APPROVAL, OFFICER_ASSESSES, NOT_APPLICABLE }
