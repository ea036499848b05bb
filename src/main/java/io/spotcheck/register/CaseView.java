package io.spotcheck.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.spotcheck.casefile.Problem;
import io.spotcheck.decision.Decision;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case as of a date (CONTRACT §7): who holds it, whether it is open, its events, the §1 request they build, the
 * decision on it, what is still to do and what was done. Stores nothing: {@code decision.decisionId} is null.
 * {@code stepRules} explains the steps the register adds beside the decision (the filing decision's due date). When
 * the request as of the date cannot be built, {@code decision} is absent, {@code problems} says why and {@code todo}
 * is the one step {@code CHECK_CASE}, overdue, as on the worklist.
 */
@JsonPropertyOrder({"caseRef", "asOf", "district", "status", "openedOn", "reportNo", "firm", "events", "request",
        "decision", "problems", "todo", "done", "stepRules"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(String caseRef, LocalDate asOf, @JsonInclude(JsonInclude.Include.ALWAYS) String district, Status status, LocalDate openedOn,
                       String reportNo, ObjectNode firm, List<CaseEvent> events, ObjectNode request, Decision decision,
                       List<Problem> problems, List<Todo> todo, List<Done> done,
                       List<Decision.Explanation> stepRules) {

    public enum Status { OPEN, CLOSED }

    /** Whether a step is late, due within a week, or open. */
    public enum StepStatus { OVERDUE, DUE, OPEN }

    /** A step not done yet. {@code optional} only on a discretionary interview. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Todo(String code, LocalDate from, LocalDate due, StepStatus status, Boolean optional) {
    }

    /** What completed a step: the {@code DONE}'s code or the event's type, the step, and whether it was on time. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"code", "step", "date", "due", "onTime", "eventId"})
    public record Done(String code, String step, LocalDate date, LocalDate due, Boolean onTime, String eventId) {
    }

    public String firmName() {
        var n = firm.get("name");
        return n == null || n.isNull() ? null : n.asString();
    }

    public String uscc() {
        return firm.path("uscc").asString();
    }
}
