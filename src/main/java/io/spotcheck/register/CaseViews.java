package io.spotcheck.register;

import io.spotcheck.casefile.CaseReader;
import io.spotcheck.casefile.CaseRequest;
import io.spotcheck.casefile.Districts;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.Problem;
import io.spotcheck.decision.CaseDecider;
import io.spotcheck.decision.Decision;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.filing.Filing;
import io.spotcheck.handling.WorkingCalendar;
import io.spotcheck.listing.ListName;
import io.spotcheck.register.CaseAssembler.Assembled;
import io.spotcheck.register.CaseView.Done;
import io.spotcheck.register.CaseView.StepStatus;
import io.spotcheck.register.CaseView.Todo;
import io.spotcheck.shared.Json;
import io.spotcheck.shared.Today;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Each case as of a date: assembled from its records, decided by the same rules as {@code /cases/decide}, with its
 * steps (the decision's actions, the filing decision, interviews, listings), what is done and what is due.
 * Computations are kept by case, date and the version of the records they were built from, so a worklist re-decides
 * only the cases whose records changed.
 */
@Service
public class CaseViews {

    /** The register's own steps beside the decision's actions (CONTRACT §7 "Steps"). */
    private static final String INTERVIEW_DISTRICT = "INTERVIEW_DISTRICT";
    private static final String INTERVIEW_MUNICIPAL = "INTERVIEW_MUNICIPAL";
    private static final String LIST_ABNORMAL_OPERATIONS = "LIST_ABNORMAL_OPERATIONS";
    private static final String LIST_SERIOUS_DISHONESTY = "LIST_SERIOUS_DISHONESTY";
    /** The steps a {@code DONE} may complete besides the decision's action codes (CONTRACT §7). */
    public static final Set<String> EXTRA_DONE_CODES = Set.of("FILED", "NOT_FILED_APPROVED", INTERVIEW_DISTRICT,
            INTERVIEW_MUNICIPAL, LIST_ABNORMAL_OPERATIONS, LIST_SERIOUS_DISHONESTY);
    static final String DECIDE_FILING = "DECIDE_FILING";
    /** The one step of a case whose request as of a date cannot be built: check its records (CONTRACT §7 worklist). */
    static final String CHECK_CASE = "CHECK_CASE";

    /** Every code a step (a case's todo, a worklist item) can carry, in a fixed order: the actions, then the register's. */
    public static List<String> stepCodes() {
        List<String> codes = new ArrayList<>();
        for (var a : io.spotcheck.handling.ActionCode.values()) {
            codes.add(a.name());
        }
        codes.addAll(List.of(DECIDE_FILING, INTERVIEW_DISTRICT, INTERVIEW_MUNICIPAL, LIST_ABNORMAL_OPERATIONS,
                LIST_SERIOUS_DISHONESTY, CHECK_CASE));
        return codes;
    }

    private static final int CACHE_LIMIT = 200_000;

    private final Register register;
    private final RuleBase rules;
    private final CaseDecider decider;
    private final Today today;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    public CaseViews(Register register, RuleBase rules, CaseDecider decider, Today today) {
        this.register = register;
        this.rules = rules;
        this.decider = decider;
        this.today = today;
    }

    /** A step of a case as of a date, before done-ness. */
    record Step(String code, LocalDate from, LocalDate due, Boolean optional) {
    }

    /**
     * One case computed as of a date: assembled, then (when its request is valid) its request read as §1 reads it,
     * decided, and its steps derived. {@code problems} instead when the request cannot be built.
     */
    record Computed(Assembled assembled, CaseRequest request, Decision decision, List<Step> steps,
                    List<Decision.Explanation> stepRules, List<Problem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    private record Key(String caseRef, LocalDate asOf, String leaveOut, LocalDate knownOn) {
    }

    private record Cached(long version, Computed computed) {
    }

    public LocalDate today() {
        return today.date();
    }

    public Register.Snapshot snapshot() {
        return register.snapshot();
    }

    /**
     * Refuses a district filter that names no holder (a district of DOMAIN §6, or {@code MUNICIPAL}) and a date
     * before 1993, so a typo never reads as "nothing due" (CONTRACT §4).
     */
    static void checkFilters(String district, LocalDate asOf) {
        List<Problem> problems = new ArrayList<>();
        if (district != null && !CaseAssembler.MUNICIPAL.equals(district) && !Districts.isShanghai(district)) {
            problems.add(new Problem("district", io.spotcheck.tabular.Quote.of(district) + " is neither one of "
                    + "Shanghai's 16 districts nor MUNICIPAL"));
        }
        if (asOf.isBefore(EventRecorder.EARLIEST)) {
            problems.add(new Problem("asOf", asOf + " is before " + EventRecorder.EARLIEST.getYear()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The case {@code caseRef} as {@code caller} may see it today, as of {@code asOf} (null: today). */
    public CaseView view(Caller caller, String caseRef, LocalDate asOf) {
        Register.Snapshot s = register.snapshot();
        CaseFile file = visible(s, caller, caseRef);
        LocalDate d = asOf == null ? today.date() : asOf;
        if (d.isBefore(file.openedOn())) {
            throw new InvalidInputException(List.of(new Problem("asOf", d + " is before the case was opened ("
                    + file.openedOn() + ")")));
        }
        return view(s, file, d);
    }

    /** The case as of {@code d}, with what was done; null decision and {@code problems} when it cannot be built. */
    public CaseView view(Register.Snapshot s, CaseFile file, LocalDate d) {
        Computed c = compute(s, file, d, null);
        Assembled a = c.assembled();
        List<Todo> todo = a.closed() ? List.of() : c.valid() ? todo(c, d)
                : List.of(new Todo(CHECK_CASE, null, null, StepStatus.OVERDUE, null));
        List<Done> done = c.valid() ? done(s, c) : List.of();
        return new CaseView(file.caseRef(), d, a.district(), a.closed() ? CaseView.Status.CLOSED : CaseView.Status.OPEN,
                file.openedOn(), file.reportNo(), file.firm(), a.events(), a.request(), c.decision(),
                c.valid() ? null : c.problems(), todo, done, c.stepRules());
    }

    /**
     * The steps open as of {@code d} with event {@code leaveOut} left out, whether or not the case is closed (empty
     * when the request cannot be built): with the case's {@code CLOSED} left out, what the closing left undone.
     * Read-only, for reports (CONTRACT §8).
     */
    public List<Todo> openSteps(Register.Snapshot s, CaseFile file, LocalDate d, String leaveOut) {
        Computed c = compute(s, file, d, leaveOut);
        return c.valid() ? todo(c, d) : List.of();
    }

    /** A failed result overturned by a live passed re-test on the case it opened, dated on or before {@code asOf}. */
    public static boolean overturned(Register.Snapshot s, StoredResult r, LocalDate asOf) {
        return CaseAssembler.overturned(s, r, asOf);
    }

    /** The case, if {@code caller} may see it as it is held today; else not found (its existence is not confirmed). */
    CaseFile visible(Register.Snapshot s, Caller caller, String caseRef) {
        CaseFile file = caseRef == null ? null : s.cases().get(caseRef);
        if (file == null || !caller.readsCases() || !caller.sees(holder(s, file, today.date()))) {
            throw RegisterRefusal.notFound(caseRef);
        }
        return file;
    }

    /** Who holds the case on {@code day}: the firm's district, then each live transfer dated up to then. */
    static String holder(Register.Snapshot s, CaseFile file, LocalDate day) {
        List<CaseEvent> events = s.eventsOf(file.caseRef());
        String district = file.firmDistrict();
        List<CaseEvent> transfers = new ArrayList<>();
        Set<String> retracted = new HashSet<>();
        for (CaseEvent e : events) {
            if (e.date().isAfter(day)) {
                continue;
            }
            if (e.type() == EventType.TRANSFERRED) {
                transfers.add(e);
            } else if (e.type() == EventType.RETRACT) {
                retracted.add(e.eventId());
            }
        }
        transfers.sort(CaseAssembler.ORDER);
        for (CaseEvent t : transfers) {
            if (!retracted.contains(t.id())) {
                district = CaseAssembler.MUNICIPAL.equals(t.to()) ? null : t.to();
            }
        }
        return district;
    }

    Computed compute(Register.Snapshot s, CaseFile file, LocalDate d, String leaveOut) {
        return compute(s, file, d, leaveOut, d);
    }

    /** As of {@code d} as known on {@code knownOn}: retractions dated up to {@code knownOn} apply. */
    Computed compute(Register.Snapshot s, CaseFile file, LocalDate d, String leaveOut, LocalDate knownOn) {
        Key key = new Key(file.caseRef(), d, leaveOut, knownOn);
        long version = s.versionOf(file.uscc());
        Cached cached = cache.get(key);
        if (cached != null && cached.version() == version) {
            return cached.computed();
        }
        Computed c = computeNow(s, file, d, leaveOut, knownOn);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, new Cached(version, c));
        return c;
    }

    /** Computed without the cache: for what the case would be with a record not stored yet. */
    Computed computeUncached(Register.Snapshot s, CaseFile file, LocalDate d) {
        return computeNow(s, file, d, null, d);
    }

    private Computed computeNow(Register.Snapshot s, CaseFile file, LocalDate d, String leaveOut, LocalDate knownOn) {
        Assembled a = CaseAssembler.at(s, file, d, leaveOut, knownOn);
        CaseRequest request;
        try {
            request = read(a);
        } catch (InvalidInputException e) {
            return new Computed(a, null, null, List.of(), List.of(), e.problems());
        }
        Decision decision = decider.decide(request, null);
        RuleBase.Run run = rules.run(RuleBase.Flow.STEPS, List.of(new CaseOpened(file.openedOn(), decision.filing()),
                rules.data(WorkingCalendar.class, WorkingCalendar::from)));
        List<Step> steps = new ArrayList<>();
        for (Decision.Action action : decision.actions()) {
            steps.add(new Step(action.code(), action.from(), action.due(), null));
        }
        for (Object fact : run.facts()) {
            if (fact instanceof FilingDecisionDue f) {
                steps.add(new Step(DECIDE_FILING, f.from(), f.due(), null));
            }
        }
        for (Decision.Interview i : decision.interviews()) {
            steps.add(new Step(i.level() == Level.DISTRICT ? INTERVIEW_DISTRICT : INTERVIEW_MUNICIPAL, null, null,
                    i.mandatory() ? null : Boolean.TRUE));
        }
        for (Decision.Listing l : decision.listings()) {
            steps.add(new Step(l.list() == ListName.ABNORMAL_OPERATIONS ? LIST_ABNORMAL_OPERATIONS
                    : LIST_SERIOUS_DISHONESTY, null, null, null));
        }
        return new Computed(a, request, decision, List.copyOf(steps), CaseDecider.explanation(run.firings()),
                List.of());
    }

    /** The request read exactly as {@code /cases/decide} reads a body (its asOf is always given). */
    private static CaseRequest read(Assembled a) {
        CaseReader reader = new CaseReader(Clock.fixed(a.asOf().atStartOfDay(Today.SHANGHAI).toInstant(),
                Today.SHANGHAI));
        return reader.read(Json.compact(a.request()).getBytes(StandardCharsets.UTF_8));
    }

    /** The steps not done as of the computation's date, each with its status. */
    static List<Todo> todo(Computed c, LocalDate d) {
        Set<String> done = doneCodes(c);
        List<Todo> out = new ArrayList<>();
        for (Step step : c.steps()) {
            if (!completes(done, step.code(), c.decision().filing())) {
                out.add(new Todo(step.code(), step.from(), step.due(), status(step.due(), d), step.optional()));
            }
        }
        return out;
    }

    static StepStatus status(LocalDate due, LocalDate d) {
        if (due == null) {
            return StepStatus.OPEN;
        }
        if (due.isBefore(d)) {
            return StepStatus.OVERDUE;
        }
        return due.isAfter(d.plusDays(7)) ? StepStatus.OPEN : StepStatus.DUE;
    }

    /** The codes of the live {@code DONE}s of the computation. */
    private static Set<String> doneCodes(Computed c) {
        Set<String> done = new HashSet<>();
        for (CaseEvent e : c.assembled().live()) {
            if (e.type() == EventType.DONE) {
                done.add(e.code());
            }
        }
        return done;
    }

    /** Whether {@code done} completes {@code step}; a serious problem is never excused by an approval not to file. */
    private static boolean completes(Set<String> done, String step, Filing filing) {
        if (step.equals(DECIDE_FILING)) {
            return done.contains("FILED") || (done.contains("NOT_FILED_APPROVED") && filing != Filing.MUST_FILE);
        }
        return done.contains(step);
    }

    /** The step a {@code DONE} code completes. */
    static String stepOf(String doneCode, Filing filing) {
        return switch (doneCode) {
            case "FILED" -> DECIDE_FILING;
            case "NOT_FILED_APPROVED" -> filing == Filing.MUST_FILE ? null : DECIDE_FILING;
            default -> doneCode;
        };
    }

    /** The steps a lifecycle event ends (CONTRACT §7 "Done"). */
    static List<String> endedBy(EventType type) {
        return switch (type) {
            case NOTICE_RECEIVED -> List.of("SERVE_NOTICE");
            case RECHECK -> List.of("CORRECT_BY", "FIRST_RECHECK");
            case ANNOUNCED -> List.of("ANNOUNCE");
            case SECOND_RECHECK -> List.of("SECOND_RECHECK");
            case SUSPENSION_RECHECK -> List.of("SUSPEND_FOR_RECTIFICATION");
            default -> List.of();
        };
    }

    /**
     * What completed steps, in date order: each live {@code DONE}, and each lifecycle event that ends a step, with
     * the step's due in the case as of that date with that event left out (null when the step had not begun then),
     * and whether it was on time.
     */
    List<Done> done(Register.Snapshot s, Computed c) {
        List<Done> out = new ArrayList<>();
        Set<String> stepsNow = new HashSet<>();
        c.steps().forEach(step -> stepsNow.add(step.code()));
        for (CaseEvent e : c.assembled().live()) {
            List<String> steps;
            if (e.type() == EventType.DONE) {
                steps = java.util.Collections.singletonList(stepOf(e.code(), c.decision().filing()));
            } else {
                steps = endedBy(e.type());
                if (steps.isEmpty()) {
                    continue;
                }
            }
            // the case as it stood on the event's date without it, on the records as corrected by the view's date:
            // a record retracted since (and entered again) neither hides the step nor its lateness
            Computed then = compute(s, c.assembled().file(), e.date(), e.id(), c.assembled().asOf());
            Map<String, Step> open = new LinkedHashMap<>();
            if (then.valid()) {
                Set<String> doneThen = doneCodes(then);
                for (Step step : then.steps()) {
                    boolean started = step.from() == null || !step.from().isAfter(e.date());
                    if (started && !completes(doneThen, step.code(), then.decision().filing())) {
                        open.put(step.code(), step);
                    }
                }
            }
            if (e.type() != EventType.DONE) {
                // a lifecycle event completes the steps it ends that were open then; else those it ends now
                List<String> openThen = steps.stream().filter(open::containsKey).toList();
                steps = !openThen.isEmpty() ? openThen : steps.stream().filter(stepsNow::contains).toList();
            }
            boolean any = false;
            for (String step : steps) {
                boolean known = step != null && (open.containsKey(step) || stepsNow.contains(step));
                Step thenStep = open.get(step);
                LocalDate due = thenStep == null ? null : thenStep.due();
                out.add(new Done(e.type() == EventType.DONE ? e.code() : e.type().name(), known ? step : null,
                        e.date(), due, due == null ? null : !e.date().isAfter(due), e.id()));
                any = true;
            }
            if (!any) {
                out.add(new Done(e.type().name(), null, e.date(), null, null, e.id()));
            }
        }
        return out;
    }
}
