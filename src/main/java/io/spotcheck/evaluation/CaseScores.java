package io.spotcheck.evaluation;

import io.spotcheck.filing.Filing;
import io.spotcheck.register.CaseEvent;
import io.spotcheck.register.CaseFile;
import io.spotcheck.register.CaseView;
import io.spotcheck.register.CaseViews;
import io.spotcheck.register.EventType;
import io.spotcheck.register.Register;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Scores one case as of a date from its view (CONTRACT §8): the same view the case page and the worklist show. */
final class CaseScores {

    private CaseScores() {
    }

    static CaseScore score(CaseViews views, Register.Snapshot s, CaseFile file, LocalDate d) {
        CaseView v = views.view(s, file, d);
        List<CaseEvent> live = v.events().stream().filter(e -> e.retractedBy() == null).toList();
        boolean mustFile = v.decision() != null && v.decision().filing() == Filing.MUST_FILE;
        CaseEvent recheck = last(live, EventType.RECHECK);
        boolean closed = v.status() == CaseView.Status.CLOSED;
        return new CaseScore(file.caseRef(), file.uscc(), file.firmName(), v.district(), v.status(), file.openedOn(),
                mustFile, mustFile && done(live, "FILED"), done(live, "NOT_FILED_APPROVED"), recheck != null,
                recheck != null && "PASS".equals(recheck.result()), closed,
                steps(views, s, file, v, closed ? last(live, EventType.CLOSED) : null));
    }

    /**
     * The steps whose due fell before {@code v}'s date: each done one with whether it was on time, each still open
     * (overdue); on a closed case, each step the closing left open whose due fell before the closing date, unless
     * it was done since (closing a case never improves a score).
     */
    private static List<StepScore> steps(CaseViews views, Register.Snapshot s, CaseFile file, CaseView v,
                                         CaseEvent closing) {
        LocalDate d = v.asOf();
        List<StepScore> out = new ArrayList<>();
        Set<String> doneSteps = new HashSet<>();
        for (CaseView.Done done : v.done()) {
            if (done.step() != null) {
                doneSteps.add(done.step());
            }
            if (done.due() != null && done.due().isBefore(d)) {
                out.add(new StepScore(done.step(), done.due(), done.date(), Boolean.TRUE.equals(done.onTime()),
                        StepScore.Kind.DONE));
            }
        }
        for (CaseView.Todo todo : v.todo()) {
            if (todo.due() != null && todo.due().isBefore(d)) {
                out.add(new StepScore(todo.code(), todo.due(), null, false, StepScore.Kind.OVERDUE));
            }
        }
        if (closing != null) {
            for (CaseView.Todo left : views.openSteps(s, file, closing.date(), closing.id())) {
                if (left.due() != null && left.due().isBefore(closing.date()) && !doneSteps.contains(left.code())) {
                    out.add(new StepScore(left.code(), left.due(), null, false, StepScore.Kind.OPEN_AT_CLOSE));
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean done(List<CaseEvent> live, String code) {
        return live.stream().anyMatch(e -> e.type() == EventType.DONE && code.equals(e.code()));
    }

    private static CaseEvent last(List<CaseEvent> live, EventType type) {
        CaseEvent found = null;
        for (CaseEvent e : live) {
            if (e.type() == type) {
                found = e;
            }
        }
        return found;
    }
}
