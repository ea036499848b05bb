package io.spotcheck.register;

import io.micrometer.core.instrument.MeterRegistry;
import io.spotcheck.casefile.CircumstanceCode;
import io.spotcheck.casefile.Districts;
import io.spotcheck.casefile.FindingCode;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.JsonObject;
import io.spotcheck.casefile.JsonTree;
import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.MinorGroundCode;
import io.spotcheck.casefile.PenaltyCode;
import io.spotcheck.casefile.Problem;
import io.spotcheck.casefile.Result;
import io.spotcheck.filing.Filing;
import io.spotcheck.handling.ActionCode;
import io.spotcheck.register.CaseViews.Computed;
import io.spotcheck.register.RegisterRefusal.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Records one event on a case (CONTRACT §7 "Events"): read, checked against the case as it stands and as it would
 * stand with the event, then appended to the chain — or refused with the problem named and nothing stored. Events
 * of one case are recorded one at a time.
 */
@Service
public class EventRecorder {

    /** Events a case holds at most. */
    static final int MAX_EVENTS = 10_000;
    static final LocalDate EARLIEST = LocalDate.of(1993, 1, 1);

    private final Register register;
    private final CaseViews views;
    private final MeterRegistry meters;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public EventRecorder(Register register, CaseViews views, MeterRegistry meters) {
        this.register = register;
        this.views = views;
        this.meters = meters;
    }

    /** The codes a {@code DONE} may carry: every action except the objection window (a period), and the steps' own. */
    public static Set<String> doneCodes() {
        Set<String> codes = new TreeSet<>(CaseViews.EXTRA_DONE_CODES);
        for (ActionCode a : ActionCode.values()) {
            if (a != ActionCode.OBJECTION_WINDOW) {
                codes.add(a.name());
            }
        }
        return codes;
    }

    public CaseView record(Caller caller, String caseRef, byte[] body) {
        synchronized (locks.computeIfAbsent(caseRef == null ? "" : caseRef, k -> new Object())) {
            Register.Snapshot s = register.snapshot();
            CaseFile file = views.visible(s, caller, caseRef);
            LocalDate today = views.today();
            String holder = CaseViews.holder(s, file, today);
            if (!caller.records(holder)) {
                throw new RegisterRefusal(Status.FORBIDDEN, null, caller.auditor() && !caller.officer()
                        && !caller.admin() ? "auditors read cases and never record on them"
                        : "only an officer of " + (holder == null ? "the municipal bureau" : holder)
                        + " (or of the municipal bureau) records on this case");
            }
            CaseEvent event = read(body, today);
            check(s, file, event, holder, today);
            var stored = register.recordEvent(caseRef, event, caller.name());
            meters.counter("spotcheck.events", "type", event.type().name()).increment();
            return views.view(register.snapshot(), file, today);
        }
    }

    /** Reads an event's JSON: its type, its date, and the fields its type takes (any other field is unknown). */
    static CaseEvent read(byte[] body, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        JsonObject o = JsonObject.of(JsonTree.parse(body), "$", problems);
        if (o == null) {
            throw new InvalidInputException(problems);
        }
        EventType type = o.code("type", EventType.class, true);
        LocalDate date = o.date("date", true);
        if (date != null && date.isAfter(today)) {
            o.problem("date", date + " is after today (" + today + ")");
        } else if (date != null && date.isBefore(EARLIEST)) {
            o.problem("date", date + " is before " + EARLIEST.getYear());
        }
        String result = null;
        String by = null;
        Boolean signed = null;
        Boolean reachable = null;
        List<String> codes = null;
        String to = null;
        String code = null;
        String eventId = null;
        String reason = null;
        int before = problems.size();
        if (type != null) {
            switch (type) {
                case RETEST, RECHECK, SECOND_RECHECK, SUSPENSION_RECHECK -> result = name(o.code("result", Result.class,
                        true));
                case ANNOUNCED -> by = name(o.code("by", Level.class, true));
                case MAIL_SENT -> signed = o.requiredBool("signed");
                case REACHABILITY -> reachable = o.requiredBool("reachable");
                case FINDINGS -> codes = names(o, o.codes("codes", FindingCode.class), before, problems);
                case CIRCUMSTANCES -> codes = names(o, o.codes("codes", CircumstanceCode.class), before, problems);
                case PENALTIES -> codes = names(o, o.codes("codes", PenaltyCode.class), before, problems);
                case MINOR_GROUNDS -> codes = names(o, o.codes("codes", MinorGroundCode.class), before, problems);
                case TRANSFERRED -> {
                    to = o.string("to", true, 20);
                    if (to != null && !to.equals(CaseAssembler.MUNICIPAL) && !Districts.isShanghai(to)) {
                        o.problem("to", "\"" + to + "\" is neither one of Shanghai's 16 districts ("
                                + String.join(" ", Districts.SHANGHAI) + ") nor MUNICIPAL");
                    }
                    reason = o.string("reason", true, 500);
                }
                case DONE -> {
                    code = o.string("code", true, 40);
                    if (code != null && !doneCodes().contains(code)) {
                        o.problem("code", "unknown code \"" + code + "\"; expected one of "
                                + String.join(", ", doneCodes()));
                    }
                }
                case CLOSED -> reason = o.string("reason", true, 500);
                case RETRACT -> {
                    eventId = o.string("eventId", true, 36);
                    reason = o.string("reason", true, 500);
                }
                default -> {
                }
            }
        }
        o.finish();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CaseEvent(null, type, date, result, by, signed, reachable, codes, to, code, eventId, reason, null,
                null, null);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static List<String> names(JsonObject o, List<? extends Enum<?>> codes, int problemsBefore,
                                      List<Problem> problems) {
        if (codes.isEmpty() && problems.size() == problemsBefore) { // an unknown code is named already
            o.problem("codes", "needs at least one code");
        }
        return codes.stream().map(Enum::name).sorted().toList();
    }

    /** Refuses, naming why, an event the case cannot take; nothing is stored before this passes. */
    private void check(Register.Snapshot s, CaseFile file, CaseEvent event, String holder, LocalDate today) {
        List<CaseEvent> events = s.eventsOf(file.caseRef());
        if (events.size() >= MAX_EVENTS) {
            throw new RegisterRefusal(Status.CONFLICT, null, "the case holds " + MAX_EVENTS + " events, the most it may");
        }
        Map<String, CaseEvent> byId = new HashMap<>();
        Map<String, String> retractedBy = new HashMap<>();
        for (CaseEvent e : events) {
            byId.put(e.id(), e);
            if (e.type() == EventType.RETRACT) {
                retractedBy.put(e.eventId(), e.id());
            }
        }
        List<CaseEvent> live = events.stream().filter(e -> !retractedBy.containsKey(e.id())).toList();
        EventType type = event.type();
        if (type.lifecycle()) {
            if (file.check() == null) {
                throw invalid("type", type + " belongs to the check under decision, and this case has no check");
            }
            if (live.stream().anyMatch(e -> e.type() == type)) {
                throw new RegisterRefusal(Status.CONFLICT, "type", "the case already has a live " + type
                        + "; retract it first to record another");
            }
        }
        switch (type) {
            case CLOSED -> {
                if (live.stream().anyMatch(e -> e.type() == EventType.CLOSED)) {
                    throw new RegisterRefusal(Status.CONFLICT, "type", "the case is already closed");
                }
            }
            case DONE -> {
                Set<String> clash = event.code().equals("FILED") || event.code().equals("NOT_FILED_APPROVED")
                        ? Set.of("FILED", "NOT_FILED_APPROVED") : Set.of(event.code());
                live.stream().filter(e -> e.type() == EventType.DONE && clash.contains(e.code())).findFirst()
                        .ifPresent(e -> {
                            throw new RegisterRefusal(Status.CONFLICT, "code", "the case already has a live DONE "
                                    + e.code() + " (dated " + e.date() + "); retract it first");
                        });
            }
            case TRANSFERRED -> {
                String to = CaseAssembler.MUNICIPAL.equals(event.to()) ? null : event.to();
                if (java.util.Objects.equals(to, holder)) {
                    throw invalid("to", "the case is already held by " + event.to());
                }
            }
            case RETRACT -> {
                CaseEvent target = byId.get(event.eventId());
                if (target == null) {
                    throw invalid("eventId", s.caseOfEvent().containsKey(event.eventId())
                            ? "event " + event.eventId() + " belongs to another case"
                            : "no event " + event.eventId() + " on this case");
                }
                if (target.type() == EventType.RETRACT) {
                    throw invalid("eventId", "a RETRACT cannot be retracted");
                }
                if (retractedBy.containsKey(target.id())) {
                    throw invalid("eventId", "event " + target.id() + " is already retracted by "
                            + retractedBy.get(target.id()));
                }
                if (event.date().isBefore(target.date())) {
                    throw invalid("date", event.date() + " is before the event it withdraws (" + target.date() + ")");
                }
            }
            default -> {
            }
        }
        Register.Snapshot with = s.withEvent(file.caseRef(), event.stored("pending", null, null));
        Computed now = views.computeUncached(with, file, today);
        if (!now.valid()) {
            throw new InvalidInputException(now.problems().stream()
                    .map(p -> new Problem("case." + p.field(), p.message())).toList());
        }
        if (type == EventType.DONE && event.code().equals("NOT_FILED_APPROVED")) {
            Computed then = views.computeUncached(with, file, event.date().isBefore(file.openedOn())
                    ? file.openedOn() : event.date());
            if (now.decision().filing() == Filing.MUST_FILE
                    || (then.valid() && then.decision().filing() == Filing.MUST_FILE)) {
                throw new RegisterRefusal(Status.UNPROCESSABLE, "code", "the case must be filed (MUST_FILE): a "
                        + "serious problem is never excused by an approval not to file (251号 三(二))");
            }
        }
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new Problem(field, message)));
    }
}
