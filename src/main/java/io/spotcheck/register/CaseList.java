package io.spotcheck.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** The cases a caller may see, newest first, filtered by holder, status and a search text (CONTRACT §7). */
@Service
public class CaseList {

    private final CaseViews views;

    public CaseList(CaseViews views) {
        this.views = views;
    }

    /** One case in a list: who holds it and whether it is open as of today, and its next due step. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String caseRef, String uscc, String firmName,
                        @JsonInclude(JsonInclude.Include.ALWAYS) String district, CaseView.Status status,
                        LocalDate openedOn, String reportNo, String nextCode, LocalDate nextDue, int overdue) {
    }

    public record Page(int page, int size, long total, List<Entry> items) {
    }

    public Page list(Caller caller, String district, String status, String q, int page, int size) {
        if (!caller.readsCases()) {
            throw new RegisterRefusal(RegisterRefusal.Status.FORBIDDEN, null, "cases are for officers, auditors and admins");
        }
        CaseView.Status wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = CaseView.Status.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(new Problem("status", "unknown status; expected OPEN or CLOSED")));
            }
        }
        LocalDate today = views.today();
        CaseViews.checkFilters(district == null || district.isBlank() ? null : district, today);
        Register.Snapshot s = views.snapshot();
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        CaseView.Status only = wanted;
        List<Entry> all = s.cases().values().stream()
                .filter(f -> !f.openedOn().isAfter(today))
                .filter(f -> caller.sees(CaseViews.holder(s, f, today)))
                .filter(f -> needle == null || f.caseRef().toLowerCase(Locale.ROOT).contains(needle)
                        || (f.firmName() != null && f.firmName().toLowerCase(Locale.ROOT).contains(needle))
                        || f.uscc().toLowerCase(Locale.ROOT).contains(needle))
                .map(f -> entry(s, f, today))
                .filter(e -> only == null || e.status() == only)
                .filter(e -> district == null || district.isBlank() || Objects.equals(district,
                        e.district() == null ? CaseAssembler.MUNICIPAL : e.district()))
                .sorted(Comparator.comparing(Entry::openedOn).thenComparing(Entry::caseRef).reversed())
                .toList();
        int from = Math.min(all.size(), page * size);
        return new Page(page, size, all.size(), all.subList(from, Math.min(all.size(), from + size)));
    }

    private Entry entry(Register.Snapshot s, CaseFile f, LocalDate today) {
        CaseViews.Computed c = views.compute(s, f, today, null);
        List<CaseView.Todo> todo = c.valid() && !c.assembled().closed() ? CaseViews.todo(c, today) : List.of();
        CaseView.Todo next = todo.stream().filter(t -> t.due() != null).min(Comparator.comparing(CaseView.Todo::due))
                .orElse(null);
        int overdue = (int) todo.stream().filter(t -> t.status() == CaseView.StepStatus.OVERDUE).count();
        return new Entry(f.caseRef(), f.uscc(), f.firmName(), c.assembled().district(),
                c.assembled().closed() ? CaseView.Status.CLOSED : CaseView.Status.OPEN, f.openedOn(), f.reportNo(),
                next == null ? null : next.code(), next == null ? null : next.due(), overdue);
    }
}
