package io.spotcheck.evaluation;

import io.spotcheck.casefile.Districts;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.Problem;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.register.CaseFile;
import io.spotcheck.register.CaseViews;
import io.spotcheck.register.Caller;
import io.spotcheck.register.Register;
import io.spotcheck.register.RegisterRefusal;
import io.spotcheck.register.StoredResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * The 四(三) figures (CONTRACT §8): the cases opened in a period, each judged as of a date exactly as its case page
 * shows it, summed per district; the period's results per lab and category. Who sees what: auditors, admins and the
 * municipal bureau's officers everything; a district-bound officer its own district; planners nothing.
 */
@Service
public class Evaluation {

    /** The {@code district} that names the municipal bureau's row (the row whose {@code district} is null). */
    public static final String MUNICIPAL = "MUNICIPAL";

    private final CaseViews views;
    private final RuleBase rules;

    public Evaluation(CaseViews views, RuleBase rules) {
        this.views = views;
        this.rules = rules;
    }

    /** A checked period: {@code from} ≤ {@code to}, judged as of {@code asOf}. */
    public record Period(LocalDate from, LocalDate to, LocalDate asOf) {
    }

    /** The period of {@code from}, {@code to} (both required, from ≤ to) as of {@code asOf} (null: today). */
    public Period period(LocalDate from, LocalDate to, LocalDate asOf) {
        List<Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new Problem("from", "is required (YYYY-MM-DD)"));
        }
        if (to == null) {
            problems.add(new Problem("to", "is required (YYYY-MM-DD)"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new Problem("to", to + " is before from (" + from + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Period(from, to, asOf == null ? views.today() : asOf);
    }

    public LocalDate today() {
        return views.today();
    }

    public Report report(Caller caller, Period p) {
        Register.Snapshot s = snapshot(caller);
        List<CaseScore> scores = scores(caller, s, p);
        Map<String, List<CaseScore>> byDistrict = new LinkedHashMap<>();
        scores.stream().sorted(Comparator.comparingInt(c -> order(c.district())))
                .forEach(c -> byDistrict.computeIfAbsent(c.district() == null ? MUNICIPAL : c.district(),
                        k -> new ArrayList<>()).add(c));
        List<DistrictRow> rows = new ArrayList<>();
        byDistrict.forEach((d, list) -> rows.add(DistrictRow.of(MUNICIPAL.equals(d) ? null : d, list)));
        List<Batch> batches = batches(caller, s, p);
        return new Report(p.from(), p.to(), p.asOf(), List.copyOf(rows), DistrictRow.of(caller.district(), scores),
                Batches.labs(batches), Batches.categories(rules, batches));
    }

    /**
     * The cases behind {@code figure} of the row of {@code district} (a district, {@code MUNICIPAL} for the municipal
     * bureau's row, or blank for {@code total}): those adding to it, or for a rate to its denominator, oldest first.
     */
    public CaseListing cases(Caller caller, Period p, String district, String figure) {
        Figure f = Figure.of(figure);
        String row = row(district);
        Register.Snapshot s = snapshot(caller);
        List<CaseScore> scores = scores(caller, s, p).stream()
                .filter(c -> row == null || row.equals(c.district() == null ? MUNICIPAL : c.district())).toList();
        DistrictRow values = DistrictRow.of(null, scores);
        List<CaseListing.Entry> entries = new ArrayList<>();
        for (CaseScore c : scores) {
            int count = f.listed().count(c);
            if (count == 0) {
                continue;
            }
            List<StepScore> steps = c.steps().stream().filter(st -> Boolean.TRUE.equals(f.counts(st))).toList();
            entries.add(new CaseListing.Entry(c.caseRef(), c.uscc(), c.firmName(), c.district(), c.status(),
                    c.openedOn(), count, f.rate() ? f.numerator().count(c) : null,
                    f.counts(new StepScore("", null, null, false, StepScore.Kind.DONE)) == null ? null : steps));
        }
        entries.sort(Comparator.comparing(CaseListing.Entry::openedOn).thenComparing(CaseListing.Entry::caseRef));
        return new CaseListing(p.from(), p.to(), p.asOf(), row, f.field(), value(values, f), List.copyOf(entries));
    }

    /** The quarterly bulletin (季度通报) of {@code quarter} (1–4) of {@code year}, as of {@code asOf} (null: today). */
    public Bulletin bulletin(Caller caller, int year, int quarter, LocalDate asOf) {
        Period p = period(quarterStart(year, quarter), quarterStart(year, quarter).plusMonths(3).minusDays(1), asOf);
        Report report = report(caller, p);
        List<Batch> batches = batches(caller, snapshot(caller), p);
        Tally overall = Tally.empty("total");
        for (Batch b : batches) {
            overall = overall.add(b);
        }
        return new Bulletin(year, quarter, report, overall, Batches.by(batches, b -> b.result().level().name())
                .stream().sorted(Comparator.comparingInt(t -> Level.valueOf(t.key()).ordinal())).toList(),
                Batches.by(batches, b -> b.result().district() == null ? MUNICIPAL : b.result().district()).stream()
                        .sorted(Comparator.comparingInt(t -> order(MUNICIPAL.equals(t.key()) ? null : t.key())))
                        .toList());
    }

    /** The first day of {@code quarter} (1–4) of {@code year}; any other quarter is bad input. */
    public static LocalDate quarterStart(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInputException(List.of(new Problem("quarter", quarter + " is not a quarter (1–4)")));
        }
        if (year < 1993 || year > 9999) {
            throw new InvalidInputException(List.of(new Problem("year", year + " is not a year from 1993")));
        }
        return LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
    }

    private Register.Snapshot snapshot(Caller caller) {
        if (!caller.readsCases()) {
            throw new RegisterRefusal(RegisterRefusal.Status.FORBIDDEN, null,
                    "the evaluation is for auditors, admins and officers");
        }
        return views.snapshot();
    }

    /** The cases opened in the period and by its date, scored as of it, that the caller's rows hold. */
    private List<CaseScore> scores(Caller caller, Register.Snapshot s, Period p) {
        List<CaseFile> files = s.cases().values().stream()
                .filter(f -> !f.openedOn().isBefore(p.from()) && !f.openedOn().isAfter(p.to())
                        && !f.openedOn().isAfter(p.asOf()))
                .toList();
        return files.parallelStream().map(f -> CaseScores.score(views, s, f, p.asOf()))
                .filter(c -> caller.seesAll() || Objects.equals(caller.district(), c.district()))
                .sorted(Comparator.comparing(CaseScore::openedOn).thenComparing(CaseScore::caseRef))
                .toList();
    }

    private List<Batch> batches(Caller caller, Register.Snapshot s, Period p) {
        Predicate<StoredResult> mine = r -> caller.seesAll() || Objects.equals(caller.district(), r.district());
        return Batches.of(rules, s, p.from(), p.to(), p.asOf(), mine);
    }

    /** Rows in the order of DOMAIN §6, any other name after them, the municipal bureau last. */
    static int order(String district) {
        if (district == null) {
            return Integer.MAX_VALUE;
        }
        int i = Districts.SHANGHAI.indexOf(district);
        return i < 0 ? Integer.MAX_VALUE - 1 : i;
    }

    /** The row a {@code district} parameter names: null for the total. */
    private static String row(String district) {
        if (district == null || district.isBlank()) {
            return null;
        }
        if (MUNICIPAL.equals(district) || Districts.isShanghai(district)) {
            return district;
        }
        throw new InvalidInputException(List.of(new Problem("district", "unknown district \"" + (district.length()
                > 40 ? district.substring(0, 40) + "…" : district) + "\"; expected one of Shanghai's 16 districts, "
                + "MUNICIPAL (the municipal bureau's row) or nothing (the total)")));
    }

    private static Number value(DistrictRow r, Figure f) {
        return switch (f) {
            case CASES -> r.cases();
            case MUST_FILE -> r.mustFile();
            case FILED -> r.filed();
            case FILING_RATE -> r.filingRate();
            case NOT_FILED_APPROVED -> r.notFiledApproved();
            case STEPS_DUE -> r.stepsDue();
            case STEPS_ON_TIME -> r.stepsOnTime();
            case ON_TIME_RATE -> r.onTimeRate();
            case OVERDUE -> r.overdue();
            case RECHECKED -> r.rechecked();
            case RECHECK_PASSED -> r.recheckPassed();
            case RECHECK_PASS_RATE -> r.recheckPassRate();
            case CLOSED -> r.closed();
        };
    }
}
