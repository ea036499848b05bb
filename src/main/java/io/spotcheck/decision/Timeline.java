package io.spotcheck.decision;

import io.spotcheck.casefile.CaseRequest;
import io.spotcheck.casefile.CaseRequest.OutcomeInput;
import io.spotcheck.casefile.CaseRequest.SpotCheckInput;
import io.spotcheck.casefile.Result;
import io.spotcheck.decision.Decision.StepStatus;
import io.spotcheck.decision.Decision.TimelineStep;
import io.spotcheck.handling.Deadline;
import io.spotcheck.handling.DeadlineKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle of the check under decision as a case officer pastes it into the case file: every step so far
 * and to come, done / open / overdue / upcoming as of asOf. Dates come from the request and from the deadlines
 * the handling rules counted; nothing here decides policy.
 */
public final class Timeline {

    private final LocalDate asOf;
    private final List<TimelineStep> steps = new ArrayList<>();

    private Timeline(LocalDate asOf) {
        this.asOf = asOf;
    }

    static List<TimelineStep> of(CaseRequest request, Map<DeadlineKind, Deadline> deadlines) {
        SpotCheckInput c = request.checkUnderDecision();
        if (c == null || c.result() != Result.FAIL) {
            return List.of();
        }
        Timeline t = new Timeline(request.asOf());
        t.done("CHECK_FAILED", null, c.year() + " " + c.level() + (c.categoryCode() == null ? "" : " " + c.categoryCode()));
        t.event("NOTICE_RECEIVED", c.noticeReceived());
        Deadline objection = deadlines.get(DeadlineKind.OBJECTION);
        if (objection != null) {
            boolean closed = t.asOf.isAfter(objection.date()) || c.retest() != null;
            t.add("OBJECTION_WINDOW", closed ? StepStatus.DONE : StepStatus.OPEN, null,
                    objection.base(), objection.date(), null, closed ? "closed" : null);
        }
        if (c.retest() != null) {
            boolean passed = c.retest().result() == Result.PASS;
            t.add("RETEST", StepStatus.DONE, c.retest().date(), null, null, c.retest().result().name(),
                    passed ? "passed: the re-test is final, the check counts as passed (Order 18 Art 37-43)" : null);
            if (passed) {
                return List.copyOf(t.steps);
            }
        }
        t.event("CORRECTION_ORDERED", c.correctionOrdered());
        Deadline correction = deadlines.get(DeadlineKind.CORRECTION);
        if (correction != null) {
            t.due("CORRECT_BY", c.recheck() != null || c.announced() != null, correction.base(), correction.date());
        }
        Deadline first = deadlines.get(DeadlineKind.FIRST_RECHECK);
        if (c.recheck() == null && c.announced() != null) {
            t.add("FIRST_RECHECK", StepStatus.DONE, null, null, first == null ? null : first.date(), null,
                    "none: announced without a re-check (上海市产品质量条例 第三十条)");
        } else {
            t.recheck("FIRST_RECHECK", c.recheck(), first == null ? null : first.date(), null);
        }
        if (c.announced() != null) {
            t.add("ANNOUNCE", StepStatus.DONE, c.announced().date(), null, null, null, "by " + c.announced().by());
        } else if (failed(c.recheck())) {
            t.add("ANNOUNCE", StepStatus.OPEN, null, null, null, null, null);
        }
        Deadline opens = deadlines.get(DeadlineKind.SECOND_RECHECK_OPENS);
        Deadline second = deadlines.get(DeadlineKind.SECOND_RECHECK);
        if (second != null) {
            t.recheck("SECOND_RECHECK", c.secondRecheck(), second.date(), opens.date());
        }
        if (failed(c.secondRecheck())) {
            t.add("SUSPEND_FOR_RECTIFICATION", c.suspensionRecheck() != null ? StepStatus.DONE : StepStatus.OPEN,
                    null, null, null, null, null);
        }
        t.recheck("SUSPENSION_RECHECK", c.suspensionRecheck(), null, null);
        if (failed(c.suspensionRecheck())) {
            t.add("REVOKE_LICENCE", StepStatus.OPEN, null, null, null, null, null);
        }
        return List.copyOf(t.steps);
    }

    private static boolean failed(OutcomeInput o) {
        return o != null && o.result() == Result.FAIL;
    }

    private void add(String step, StepStatus status, LocalDate date, LocalDate from, LocalDate due, String result,
                     String note) {
        steps.add(new TimelineStep(step, status, date, from, due, result, note));
    }

    private void done(String step, LocalDate date, String note) {
        add(step, StepStatus.DONE, date, null, null, null, note);
    }

    private void event(String step, LocalDate date) {
        if (date != null) {
            done(step, date, null);
        }
    }

    /** A period that ends when the next event happens; overdue once its due date has passed without it. */
    private void due(String step, boolean done, LocalDate from, LocalDate due) {
        add(step, done ? StepStatus.DONE : asOf.isAfter(due) ? StepStatus.OVERDUE : StepStatus.OPEN, null, from, due,
                null, null);
    }

    private void recheck(String step, OutcomeInput outcome, LocalDate due, LocalDate from) {
        if (outcome != null) {
            add(step, StepStatus.DONE, outcome.date(), from, due, outcome.result().name(),
                    outcome.result() == Result.PASS ? "passed: production and sale may resume (Order 18 Art 49)" : null);
        } else if (due != null) {
            StepStatus status = from != null && asOf.isBefore(from) ? StepStatus.UPCOMING
                    : asOf.isAfter(due) ? StepStatus.OVERDUE : StepStatus.OPEN;
            add(step, status, null, from, due, null, null);
        }
    }

    /** The timeline as text for a case file. */
    public static String text(Decision d) {
        StringBuilder s = new StringBuilder();
        s.append("Case ").append(d.caseRef() == null ? "(no reference)" : d.caseRef()).append(" — timeline as of ")
                .append(d.asOf()).append('\n');
        if (d.timeline().isEmpty()) {
            s.append("  (the check under decision did not fail: no lifecycle)\n");
        }
        for (TimelineStep step : d.timeline()) {
            String when = step.date() != null ? step.date().toString()
                    : (step.from() != null ? step.from() + " → " : "") + (step.due() != null ? "due " + step.due() : "");
            s.append(String.format("  %-9s %-27s %s%s%s%n", step.status(), when, step.step(),
                    step.result() == null ? "" : " " + step.result(), step.note() == null ? "" : " (" + step.note() + ")"));
        }
        s.append("Open actions: ").append(d.actions().isEmpty() ? "none" : d.actions().stream()
                .map(a -> a.code() + (a.due() == null ? "" : " due " + a.due())).reduce((a, b) -> a + ", " + b)
                .orElse("")).append('\n');
        s.append("Rules ").append(d.rulesetVersion()).append('\n');
        return s.toString();
    }
}
