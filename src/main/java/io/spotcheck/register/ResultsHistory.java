package io.spotcheck.register;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The stored results as next year's plan reads them: {@code history.csv} of CONTRACT §2, each result counted as
 * passed when a live re-test on its case passed by then.
 */
@Service
public class ResultsHistory {

    private final CaseViews views;

    public ResultsHistory(CaseViews views) {
        this.views = views;
    }

    public String csv(LocalDate to) {
        return forPlan(to, null).csv();
    }

    /** The history for a plan, and how many stored results were left out for a category its catalogue lacks. */
    public record ForPlan(String csv, int leftOut) {
    }

    /**
     * The results checked up to {@code to} of the categories in {@code catalogue} (null: every category). A
     * category the plan's catalogue lacks has no candidate in the plan, so its history can change nothing there.
     */
    public ForPlan forPlan(LocalDate to, java.util.Set<String> catalogue) {
        Register.Snapshot s = views.snapshot();
        StringBuilder out = new StringBuilder("\uFEFFuscc,category_code,level,result,checked_on\n");
        List<StoredResult> all = s.results().values().stream().filter(r -> !r.checkedOn().isAfter(to)).toList();
        List<StoredResult> rows = all.stream().filter(r -> catalogue == null || catalogue.contains(r.categoryCode()))
                .sorted(Comparator.comparing(StoredResult::checkedOn).thenComparing(StoredResult::reportNo)).toList();
        for (StoredResult r : rows) {
            out.append(r.uscc()).append(',').append(r.categoryCode()).append(',').append(r.level()).append(',')
                    .append(CaseAssembler.overturned(s, r, to) ? "PASS" : r.result().name()).append(',')
                    .append(r.checkedOn()).append('\n');
        }
        return new ForPlan(out.toString(), all.size() - rows.size());
    }
}
