package io.spotcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * One step of a case that counts in {@code stepsDue}: its due date fell before the evaluation's date (or, for a step
 * a closing left open, before the closing date). {@code done} is the day it was done, null while open.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "due", "done", "onTime", "kind"})
public record StepScore(String code, LocalDate due, LocalDate done, boolean onTime, Kind kind) {

    /** How the step counts: done (on time or late), still open and overdue, or left open when the case was closed. */
    public enum Kind { DONE, OVERDUE, OPEN_AT_CLOSE }
}
