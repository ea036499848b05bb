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
        Register.Snapshot s = views.snapshot();
        StringBuilder out = new StringBuilder("\uFEFFuscc,category_code,level,result,checked_on\n");
        List<StoredResult> rows = s.results().values().stream().filter(r -> !r.checkedOn().isAfter(to))
                .sorted(Comparator.comparing(StoredResult::checkedOn).thenComparing(StoredResult::reportNo)).toList();
        for (StoredResult r : rows) {
            out.append(r.uscc()).append(',').append(r.categoryCode()).append(',').append(r.level()).append(',')
                    .append(CaseAssembler.overturned(s, r, to) ? "PASS" : r.result().name()).append(',')
                    .append(r.checkedOn()).append('\n');
        }
        return out.toString();
    }
}
