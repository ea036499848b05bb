/**
 * The audit log: every decision and plan stored with the ruleset it ran under, in one tamper-evident hash chain;
 * replay of a past decision; the impact of a candidate rule change on all past decisions.
 */
package io.spotcheck.audit;
