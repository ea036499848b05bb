package io.spotcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One category's batches in the period, its failures, and whether they call for a quality analysis by the plan's
 * rule (TGT-040, 251号 三(一)) and parameters.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"categoryCode", "batches", "failures", "failureRate", "qualityAnalysisDue"})
public record CategoryRow(String categoryCode, int batches, int failures, Double failureRate,
                          boolean qualityAnalysisDue) {
}
