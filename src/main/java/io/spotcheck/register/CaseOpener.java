package io.spotcheck.register;

import io.spotcheck.casefile.CaseReader;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.JsonObject;
import io.spotcheck.casefile.JsonTree;
import io.spotcheck.casefile.Problem;
import io.spotcheck.register.RegisterRefusal.Status;
import io.spotcheck.shared.Json;
import io.spotcheck.shared.Today;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens a case by hand (CONTRACT §7, {@code POST /api/v1/cases}): a lead found while sampling, a complaint
 * (251号 一(一)). The firm, the check and the history are checked exactly as a §1 request checks them.
 */
@Service
public class CaseOpener {

    private static final Set<String> LIFECYCLE = Set.of("noticeReceived", "retest", "correctionOrdered", "recheck",
            "announced", "secondRecheck", "suspensionRecheck");

    private final Register register;
    private final CaseViews views;

    public CaseOpener(Register register, CaseViews views) {
        this.register = register;
        this.views = views;
    }

    public synchronized CaseView open(Caller caller, byte[] body) {
        if (!caller.officer() && !caller.admin()) {
            throw new RegisterRefusal(Status.FORBIDDEN, null, "only officers and admins open cases");
        }
        LocalDate today = views.today();
        List<Problem> problems = new ArrayList<>();
        JsonObject o = JsonObject.of(JsonTree.parse(body), "$", problems);
        if (o == null) {
            throw new InvalidInputException(problems);
        }
        String caseRef = o.string("caseRef", false, 200);
        if (caseRef != null) {
            CaseRefs.problemWith(caseRef).ifPresent(p -> o.problem("caseRef", p));
        }
        LocalDate openedOn = o.date("openedOn", true);
        if (openedOn != null && openedOn.isAfter(today)) {
            o.problem("openedOn", openedOn + " is after today (" + today + ")");
        }
        o.object("firm", true);
        o.allow("check", "history"); // read below as §1 reads a check and its history
        o.finish();
        JsonNode tree = Json.COMPACT.readTree(body);
        JsonNode given = tree.get("check");
        if (given != null && given.isObject()) {
            for (String field : LIFECYCLE) {
                if (given.has(field)) {
                    problems.add(new Problem("check." + field,
                            "is recorded as an event on the case, not given when it is opened"));
                }
            }
        }
        if (tree.has("history") && !tree.get("history").isArray()) {
            problems.add(new Problem("history", "must be an array of spot checks"));
        }
        if (problems.isEmpty()) {
            problems.addAll(asRequest(tree, today));
        }
        if (problems.isEmpty() && given != null && !given.isNull() && openedOn != null) {
            int year = tree.path("check").path("year").asInt();
            if (openedOn.getYear() < year) {
                problems.add(new Problem("openedOn", openedOn + " is before 1 January of the check's year (" + year
                        + ")"));
            }
        }
        if (problems.isEmpty() && openedOn != null) {
            var history = tree.path("history");
            for (int i = 0; i < history.size(); i++) {
                if (history.get(i).path("year").asInt() > openedOn.getYear()) {
                    problems.add(new Problem("history[" + i + "].year", history.get(i).path("year").asInt()
                            + " is after the year the case is opened (" + openedOn.getYear() + ")"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ObjectNode firm = (ObjectNode) tree.get("firm");
        String district = firm.has("district") && !firm.get("district").isNull() ? firm.get("district").asString()
                : null;
        if (!caller.records(district)) {
            throw new RegisterRefusal(Status.FORBIDDEN, "firm.district", "an officer of "
                    + caller.district() + " opens cases of its own district's firms only");
        }
        Register.Snapshot s = register.snapshot();
        if (caseRef == null) {
            caseRef = String.format("CASE-%d-%04d", openedOn.getYear(), register.lastGenerated(openedOn.getYear()) + 1);
        } else if (s.cases().containsKey(caseRef) || s.results().containsKey(caseRef)) {
            throw new RegisterRefusal(Status.CONFLICT, "caseRef", "case reference " + caseRef + " is in use");
        }
        List<ObjectNode> history = new ArrayList<>();
        tree.path("history").forEach(h -> history.add((ObjectNode) h));
        CaseFile file = new CaseFile(caseRef, openedOn, null, firm,
                tree.get("check") == null || tree.get("check").isNull() ? null : (ObjectNode) tree.get("check"),
                List.copyOf(history), null, null);
        register.openCase(file, caller.name());
        return views.view(register.snapshot(), file, today);
    }

    /** The firm, check and history read as the §1 request they become; problems named by their place here. */
    private static List<Problem> asRequest(JsonNode tree, LocalDate today) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("asOf", today.toString());
        request.set("firm", tree.get("firm"));
        var checks = request.putArray("spotChecks");
        JsonNode check = tree.get("check");
        checks.add(check == null ? JsonNodeFactory.instance.nullNode() : check);
        tree.path("history").forEach(checks::add);
        if (checks.size() == 1 && checks.get(0).isNull()) {
            checks.removeAll();
        }
        try {
            new CaseReader(Clock.fixed(today.atStartOfDay(Today.SHANGHAI).toInstant(), Today.SHANGHAI))
                    .read(Json.compact(request).getBytes(StandardCharsets.UTF_8));
            return List.of();
        } catch (InvalidInputException e) {
            // the request is read as of today: a hand-opened case has no asOf of its own, so say "today"
            return e.problems().stream().map(p -> new Problem(rename(p.field()), p.message()
                    .replace("after asOf's year", "after this year").replace("after asOf", "after today"))).toList();
        }
    }

    /** {@code spotChecks[0]…} is the check, {@code spotChecks[n]…} history entry n − 1. */
    static String rename(String field) {
        if (!field.startsWith("spotChecks[")) {
            return field;
        }
        int close = field.indexOf(']');
        int i = Integer.parseInt(field.substring("spotChecks[".length(), close));
        return (i == 0 ? "check" : "history[" + (i - 1) + "]") + field.substring(close + 1);
    }
}
