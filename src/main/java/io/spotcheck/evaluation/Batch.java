package io.spotcheck.evaluation;

import io.spotcheck.register.StoredResult;

/**
 * A stored result as the evaluation counts it: failed unless a live passed re-test overturned it, and a safety
 * failure when one of its failed items is a health/safety failure by the rules of §1 (CLS-001, CLS-002).
 */
record Batch(StoredResult result, boolean failed, boolean safety) {
}
