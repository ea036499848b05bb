package io.spotcheck.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.spotcheck.casefile.Problem;
import io.spotcheck.register.CaseView.StepStatus;
import io.spotcheck.register.CaseViews.Computed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * What is due across cases (CONTRACT §7 "Worklist"): the open steps as of a date of every case opened by then, not
 * closed, that the caller may see today — sorted by due date (undated last), then case and code.
 */
@Service
public class Worklist {

    private final CaseViews views;

    public Worklist(CaseViews views) {
        this.views = views;
    }

    @JsonPropertyOrder({"asOf", "items"})
    public record Items(LocalDate asOf, List<Item> items) {
    }

    /** One open step of one case; a case that cannot be built is one {@code CHECK_CASE} item with its problems. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"caseRef", "uscc", "firmName", "district", "code", "from", "due", "status", "optional",
            "problems"})
    public record Item(String caseRef, String uscc, String firmName,
                       @JsonInclude(JsonInclude.Include.ALWAYS) String district, String code, LocalDate from,
                       LocalDate due, StepStatus status, Boolean optional, List<Problem> problems) {
    }

    static final Comparator<Item> ORDER = Comparator.comparing(Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::caseRef).thenComparing(Item::code);

    /** {@code district}: only cases held by it as of {@code asOf} ({@code MUNICIPAL}: those with none); null: all. */
    public Items of(Caller caller, LocalDate asOf, String district) {
        if (!caller.readsCases()) {
            throw new RegisterRefusal(RegisterRefusal.Status.FORBIDDEN, null, "worklists are for officers, auditors "
                    + "and admins");
        }
        LocalDate d = asOf == null ? views.today() : asOf;
        CaseViews.checkFilters(district, d);
        if (district != null && !caller.seesAll() && !district.equals(caller.district())) {
            return new Items(d, List.of()); // a district-bound user asking for another district (CONTRACT §7)
        }
        LocalDate today = views.today();
        Register.Snapshot s = views.snapshot();
        List<CaseFile> cases = s.cases().values().stream()
                .filter(f -> !f.openedOn().isAfter(d) && caller.sees(CaseViews.holder(s, f, today)))
                .toList();
        List<Item> items = cases.parallelStream().flatMap(f -> items(s, f, d, district).stream())
                .sorted(ORDER).toList();
        return new Items(d, items);
    }

    private List<Item> items(Register.Snapshot s, CaseFile f, LocalDate d, String district) {
        Computed c = views.compute(s, f, d, null);
        String holder = c.assembled().district();
        if (c.assembled().closed() || (district != null && !Objects.equals(district,
                holder == null ? CaseAssembler.MUNICIPAL : holder))) {
            return List.of();
        }
        if (!c.valid()) {
            return List.of(new Item(f.caseRef(), f.uscc(), f.firmName(), holder, CaseViews.CHECK_CASE, null, null,
                    StepStatus.OVERDUE, null, c.problems()));
        }
        List<Item> out = new ArrayList<>();
        for (CaseView.Todo t : CaseViews.todo(c, d)) {
            out.add(new Item(f.caseRef(), f.uscc(), f.firmName(), holder, t.code(), t.from(), t.due(), t.status(),
                    t.optional(), null));
        }
        return out;
    }

    /** The CSV of the worklist: a UTF-8 byte-order mark first, so Chinese Excel opens it. */
    public static String csv(Items items) {
        StringBuilder out = new StringBuilder(
                "\uFEFFcase_ref,uscc,firm_name,district,code,from,due,status,optional,problems\n");
        for (Item i : items.items()) {
            out.append(String.join(",", cell(i.caseRef()), cell(i.uscc()), cell(i.firmName()), cell(i.district()),
                    cell(i.code()), cell(i.from()), cell(i.due()), cell(i.status()),
                    cell(i.optional()), cell(problems(i.problems())))).append('\n');
        }
        return out.toString();
    }

    /** A CHECK_CASE item's problems in one cell: {@code field: message}, {@code ; }-separated. */
    private static String problems(List<Problem> problems) {
        return problems == null ? null : String.join("; ", problems.stream()
                .map(p -> p.field() == null || p.field().isEmpty() ? p.message() : p.field() + ": " + p.message())
                .toList());
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        return s.matches(".*[\",\\n\\r].*") || s.startsWith("=") || s.startsWith("+") || s.startsWith("-")
                || s.startsWith("@") ? "\"" + (s.startsWith("=") || s.startsWith("+") || s.startsWith("-")
                || s.startsWith("@") ? "'" : "") + s.replace("\"", "\"\"") + "\"" : s;
    }
}
