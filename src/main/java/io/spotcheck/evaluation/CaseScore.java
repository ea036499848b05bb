package io.spotcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.spotcheck.register.CaseView;
import java.time.LocalDate;
import java.util.List;

/**
 * What one case adds to the figures of its district's row (CONTRACT §8), as of the evaluation's date: every figure
 * of a row is a sum of these, so each can be listed down to its cases.
 */
@JsonPropertyOrder({"caseRef", "uscc", "firmName", "district", "status", "openedOn", "mustFile", "filed",
        "notFiledApproved", "rechecked", "recheckPassed", "closed", "steps"})
public record CaseScore(String caseRef, String uscc, String firmName, String district, CaseView.Status status,
                        LocalDate openedOn, boolean mustFile, boolean filed, boolean notFiledApproved,
                        boolean rechecked, boolean recheckPassed, boolean closed, List<StepScore> steps) {

    int stepsDue() {
        return steps.size();
    }

    int stepsOnTime() {
        return (int) steps.stream().filter(StepScore::onTime).count();
    }

    int overdue() {
        return (int) steps.stream().filter(s -> s.kind() == StepScore.Kind.OVERDUE).count();
    }
}
