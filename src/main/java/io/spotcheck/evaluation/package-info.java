/**
 * Evaluation and reports (监督考核, 251号 四(三); CONTRACT §8): how each district handles its failures and how each lab
 * finds them, per period, read from the case register as of a date — and the quarterly bulletin (季度通报). Read-only:
 * nothing here writes anything.
 */
package io.spotcheck.evaluation;
