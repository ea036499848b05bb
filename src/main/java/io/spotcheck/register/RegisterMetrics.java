package io.spotcheck.register;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.spotcheck.casefile.Districts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The register's gauges: {@code spotcheck_cases_open{district}} and {@code spotcheck_steps_overdue{district}} as of
 * today (the municipal bureau's as {@code district="MUNICIPAL"}). Counted from the worklist at most once a minute,
 * whatever the scrape rate; events by type are counted where they are recorded ({@code spotcheck_events_total}).
 */
@Component
class RegisterMetrics {

    private static final long REFRESH_NANOS = 60_000_000_000L;

    private final CaseViews views;
    private volatile Counts counts;

    private record Counts(long at, Map<String, Integer> open, Map<String, Integer> overdue) {
    }

    RegisterMetrics(CaseViews views, MeterRegistry registry) {
        this.views = views;
        List<String> holders = new ArrayList<>(Districts.SHANGHAI);
        holders.add(CaseAssembler.MUNICIPAL);
        for (String d : holders) {
            Gauge.builder("spotcheck.cases.open", () -> counts().open().getOrDefault(d, 0))
                    .description("kept cases open as of today, by the district that holds them")
                    .tag("district", d).register(registry);
            Gauge.builder("spotcheck.steps.overdue", () -> counts().overdue().getOrDefault(d, 0))
                    .description("steps past their due date as of today, by the district that holds the case")
                    .tag("district", d).register(registry);
        }
    }

    private Counts counts() {
        Counts c = counts;
        if (c == null || System.nanoTime() - c.at() > REFRESH_NANOS) {
            c = count();
            counts = c;
        }
        return c;
    }

    private Counts count() {
        Register.Snapshot s = views.snapshot();
        LocalDate today = views.today();
        Map<String, Integer> open = new HashMap<>();
        Map<String, Integer> overdue = new HashMap<>();
        for (CaseFile f : s.cases().values()) {
            if (f.openedOn().isAfter(today)) {
                continue;
            }
            CaseViews.Computed c = views.compute(s, f, today, null);
            if (c.assembled().closed()) {
                continue;
            }
            String holder = c.assembled().district() == null ? CaseAssembler.MUNICIPAL : c.assembled().district();
            open.merge(holder, 1, Integer::sum);
            if (c.valid()) {
                long late = CaseViews.todo(c, today).stream()
                        .filter(t -> t.status() == CaseView.StepStatus.OVERDUE).count();
                overdue.merge(holder, (int) late, Integer::sum);
            }
        }
        return new Counts(System.nanoTime(), open, overdue);
    }
}
