package io.spotcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One lab's batches in the period, its failures, and those with a health/safety failed item (CONTRACT §8). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"labId", "batches", "failures", "failureRate", "safetyFailures"})
public record LabRow(String labId, int batches, int failures, Double failureRate, int safetyFailures) {
}
