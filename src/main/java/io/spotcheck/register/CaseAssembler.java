package io.spotcheck.register;

import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.Result;
import io.spotcheck.shared.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case as of a date (CONTRACT §7 "The case as of a date"): its live events dated up to then, applied in order of
 * date and recording to the case as opened, and its history from every other stored result of the firm. Pure: the
 * same records and date always give the same request.
 */
final class CaseAssembler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String MUNICIPAL = "MUNICIPAL";

    private CaseAssembler() {
    }

    /**
     * The case as of {@code asOf}: who holds it, whether it is closed, its events (each marked when withdrawn),
     * the live ones, and the §1 request they build.
     */
    record Assembled(CaseFile file, LocalDate asOf, String district, boolean closed, List<CaseEvent> events,
                     List<CaseEvent> live, ObjectNode request) {
    }

    /** In the order they apply: by date, then by recording. */
    static final Comparator<CaseEvent> ORDER = Comparator.comparing(CaseEvent::date);

    static Assembled at(Register.Snapshot register, CaseFile file, LocalDate asOf, String leaveOut) {
        return at(register, file, asOf, leaveOut, asOf);
    }

    /**
     * The case as of {@code asOf} as it is known on {@code knownOn} (not before {@code asOf}): the events dated up
     * to {@code asOf}, less those withdrawn by a {@code RETRACT} dated up to {@code knownOn} — so a view as of a day
     * judges its steps on the records as corrected by that day.
     */
    static Assembled at(Register.Snapshot register, CaseFile file, LocalDate asOf, String leaveOut, LocalDate knownOn) {
        LocalDate corrections = knownOn.isAfter(asOf) ? knownOn : asOf;
        List<CaseEvent> recorded = register.eventsOf(file.caseRef());
        Map<String, String> retracted = new HashMap<>();
        for (CaseEvent e : recorded) {
            if (e.type() == EventType.RETRACT && !e.date().isAfter(corrections) && !e.id().equals(leaveOut)) {
                retracted.put(e.eventId(), e.id());
            }
        }
        List<CaseEvent> events = new ArrayList<>();
        List<CaseEvent> live = new ArrayList<>();
        for (CaseEvent e : recorded) { // recorded in chain order; a stable sort keeps it within a day
            if (e.date().isAfter(asOf) || e.id().equals(leaveOut)) {
                continue;
            }
            String by = retracted.get(e.id());
            events.add(by == null ? e : e.retractedBy(by));
            if (by == null) {
                live.add(e);
            }
        }
        events.sort(ORDER);
        live.sort(ORDER);

        ObjectNode firm = file.firm().deepCopy();
        ObjectNode check = file.check() == null ? null : file.check().deepCopy();
        ObjectNode request = NODES.objectNode();
        request.put("caseRef", file.caseRef());
        request.put("asOf", asOf.toString());
        TreeSet<String> findings = new TreeSet<>();
        TreeSet<String> circumstances = new TreeSet<>();
        TreeSet<String> penalties = new TreeSet<>();
        TreeSet<String> minor = new TreeSet<>();
        boolean noIntent = false;
        boolean disputed = false;
        boolean closed = false;
        String district = file.firmDistrict();
        for (CaseEvent e : live) {
            switch (e.type()) {
                case NOTICE_RECEIVED -> lifecycle(check, "noticeReceived").put("noticeReceived", e.date().toString());
                case CORRECTION_ORDERED -> lifecycle(check, "correctionOrdered")
                        .put("correctionOrdered", e.date().toString());
                case RETEST -> outcome(check, "retest", e, "result", e.result());
                case RECHECK -> outcome(check, "recheck", e, "result", e.result());
                case SECOND_RECHECK -> outcome(check, "secondRecheck", e, "result", e.result());
                case SUSPENSION_RECHECK -> outcome(check, "suspensionRecheck", e, "result", e.result());
                case ANNOUNCED -> outcome(check, "announced", e, "by", e.by());
                case MAIL_SENT -> {
                    ArrayNode mail = firm.has("registeredMail") && firm.get("registeredMail").isArray()
                            ? (ArrayNode) firm.get("registeredMail") : firm.putArray("registeredMail");
                    ObjectNode letter = mail.addObject();
                    letter.put("sent", e.date().toString());
                    letter.put("signed", Boolean.TRUE.equals(e.signed()));
                }
                case REACHABILITY -> firm.put("reachable", Boolean.TRUE.equals(e.reachable()));
                case FINDINGS -> findings.addAll(e.codes());
                case CIRCUMSTANCES -> circumstances.addAll(e.codes());
                case PENALTIES -> penalties.addAll(e.codes());
                case MINOR_GROUNDS -> minor.addAll(e.codes());
                case NO_INTENT_PROVEN -> noIntent = true;
                case JURISDICTION_DISPUTED -> disputed = true;
                case TRANSFERRED -> district = MUNICIPAL.equals(e.to()) ? null : e.to();
                case CLOSED -> closed = true;
                case DONE, RETRACT -> {
                }
                default -> throw new IllegalStateException("unknown event type " + e.type());
            }
        }
        request.set("firm", firm);
        ArrayNode checks = request.putArray("spotChecks");
        List<ObjectNode> history = history(register, file, asOf);
        if (check != null) {
            checks.add(check);
        } else if (!history.isEmpty()) {
            checks.addNull();
        }
        history.forEach(checks::add);
        codes(request, "findings", findings);
        codes(request, "circumstances", circumstances);
        codes(request, "penalties", penalties);
        request.put("noIntentProven", noIntent);
        codes(request, "minorCircumstances", minor);
        request.put("jurisdictionDisputed", disputed);
        return new Assembled(file, asOf, district, closed, List.copyOf(events), List.copyOf(live), request);
    }

    /**
     * The case's history as of {@code asOf}: what it was opened with, then every other stored result of the firm
     * checked on or before then (a result overturned by a live passed re-test on the case it opened counts as
     * passed from the re-test's date), by year descending, then level and category.
     */
    static List<ObjectNode> history(Register.Snapshot register, CaseFile file, LocalDate asOf) {
        List<ObjectNode> history = new ArrayList<>(file.history() == null ? List.of() : file.history());
        for (StoredResult r : register.resultsByUscc().getOrDefault(file.uscc(), List.of())) {
            if (r.reportNo().equals(file.reportNo()) || r.checkedOn().isAfter(asOf)) {
                continue;
            }
            ObjectNode h = NODES.objectNode();
            h.put("year", r.checkedOn().getYear());
            h.put("level", r.level().name());
            if (r.categoryCode() != null) {
                h.put("categoryCode", r.categoryCode());
            }
            h.put("result", overturned(register, r, asOf) ? Result.PASS.name() : r.result().name());
            history.add(h);
        }
        history.sort(Comparator.<ObjectNode>comparingInt(h -> -h.path("year").asInt())
                .thenComparingInt(h -> levelOrder(h.path("level").asString()))
                .thenComparing(h -> h.path("categoryCode").asString("")));
        return history;
    }

    /** A failed result whose case has a live re-test that passed, dated on or before {@code asOf}. */
    static boolean overturned(Register.Snapshot register, StoredResult r, LocalDate asOf) {
        if (r.result() != Result.FAIL || !register.cases().containsKey(r.reportNo())) {
            return false;
        }
        List<CaseEvent> events = register.eventsOf(r.reportNo());
        for (CaseEvent e : events) {
            if (e.type() == EventType.RETEST && Result.PASS.name().equals(e.result()) && !e.date().isAfter(asOf)
                    && !withdrawn(events, e, asOf)) {
                return true;
            }
        }
        return false;
    }

    private static boolean withdrawn(List<CaseEvent> events, CaseEvent e, LocalDate asOf) {
        return events.stream().anyMatch(r -> r.type() == EventType.RETRACT && e.id().equals(r.eventId())
                && !r.date().isAfter(asOf));
    }

    private static int levelOrder(String level) {
        try {
            return Level.valueOf(level).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The check, to set a lifecycle field on; events on a case without a check are refused before this. */
    private static ObjectNode lifecycle(ObjectNode check, String field) {
        if (check == null) {
            throw new IllegalStateException(field + " on a case without a check");
        }
        return check;
    }

    private static void outcome(ObjectNode check, String field, CaseEvent e, String key, String value) {
        ObjectNode o = lifecycle(check, field).putObject(field);
        o.put("date", e.date().toString());
        o.put(key, value);
    }

    private static void codes(ObjectNode request, String field, TreeSet<String> codes) {
        ArrayNode a = request.putArray(field);
        codes.forEach(a::add);
    }

    static String json(ObjectNode request) {
        return Json.compact(request);
    }
}
