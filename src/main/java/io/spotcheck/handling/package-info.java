/**
 * What must happen next after a failed spot check, and by when (CONTRACT §1 actions): the deadlines of Order 18
 * counted on the rest-day calendar of rules/calendar, the open actions the rules/handling rules conclude, and
 * the case timeline.
 */
package io.spotcheck.handling;
