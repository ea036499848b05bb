package io.spotcheck.casefile;

import io.spotcheck.casefile.CaseRequest.AnnouncementInput;
import io.spotcheck.casefile.CaseRequest.FailedItemInput;
import io.spotcheck.casefile.CaseRequest.FirmInput;
import io.spotcheck.casefile.CaseRequest.MailInput;
import io.spotcheck.casefile.CaseRequest.OutcomeInput;
import io.spotcheck.casefile.CaseRequest.SpotCheckInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a case request (CONTRACT §1) from JSON bytes, checking every field. Either the whole request is valid
 * or an {@link InvalidInputException} lists every problem with its field path; nothing is half-read.
 */
public final class CaseReader {

    /** The Product Quality Law took effect in 1993; no date of a spot-check case can be earlier. */
    static final LocalDate EARLIEST = LocalDate.of(1993, 1, 1);

    private final Clock clock;

    public CaseReader(Clock clock) {
        this.clock = clock;
    }

    public CaseRequest read(byte[] json) {
        List<Problem> problems = new ArrayList<>();
        JsonObject root = JsonObject.of(JsonTree.parse(json), "$", problems);
        if (root == null) {
            throw new InvalidInputException(problems);
        }
        String caseRef = root.string("caseRef", false, 100);
        int problemsBefore = problems.size();
        LocalDate asOf = root.date("asOf", false);
        if (asOf != null && asOf.isBefore(EARLIEST)) {
            root.problem("asOf", "is before " + EARLIEST.getYear() + ", when the Product Quality Law took effect");
            asOf = null;
        }
        if (asOf == null && problems.size() == problemsBefore) {
            asOf = LocalDate.now(clock);
        }
        Dates dates = new Dates(asOf);
        JsonObject firmNode = root.object("firm", true);
        FirmInput firm = firmNode == null ? null : firm(firmNode, dates);
        List<SpotCheckInput> checks = root.objectsFirstMayBeNull("spotChecks",
                (o, path) -> spotCheck(o, dates, path.endsWith("[0]")));
        var findings = root.codes("findings", FindingCode.class);
        var circumstances = root.codes("circumstances", CircumstanceCode.class);
        var penalties = root.codes("penalties", PenaltyCode.class);
        Boolean noIntent = root.bool("noIntentProven");
        var minor = root.codes("minorCircumstances", MinorGroundCode.class);
        Boolean disputed = root.bool("jurisdictionDisputed");
        root.finish();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CaseRequest(caseRef, asOf, firm, checks, findings, circumstances, penalties,
                Boolean.TRUE.equals(noIntent), minor, Boolean.TRUE.equals(disputed));
    }

    private static FirmInput firm(JsonObject o, Dates dates) {
        String code = o.string("uscc", true, 100);
        Uscc uscc = null;
        if (code != null) {
            var problem = Uscc.problemWith(code);
            if (problem.isPresent()) {
                o.problem("uscc", "\"" + code + "\" is not a valid unified social credit code: " + problem.get());
            } else {
                uscc = Uscc.of(code);
            }
        }
        String name = o.string("name", false, 200);
        String district = o.string("district", false, 20);
        if (district != null && !Districts.isShanghai(district)) {
            o.problem("district", "\"" + district + "\" is not one of Shanghai's 16 districts ("
                    + String.join(" ", Districts.SHANGHAI) + "); leave it out for an out-of-town firm");
        }
        Role role = o.code("role", Role.class, true);
        CreditRisk credit = o.code("creditRisk", CreditRisk.class, false);
        Boolean leader = o.bool("industryLeader");
        Boolean reachable = o.bool("reachable");
        List<MailInput> mail = o.objects("registeredMail", (m, path) -> {
            LocalDate sent = dates.notAfterAsOf(m, "sent", true);
            Boolean signed = m.requiredBool("signed");
            return new MailInput(sent, Boolean.TRUE.equals(signed));
        });
        o.finish();
        return new FirmInput(uscc, name, district, role, credit, Boolean.TRUE.equals(leader), reachable, mail);
    }

    private static SpotCheckInput spotCheck(JsonObject o, Dates dates, boolean underDecision) {
        Integer year = o.integer("year", true);
        if (year != null && year < EARLIEST.getYear()) {
            o.problem("year", year + " is before " + EARLIEST.getYear());
        } else if (year != null && dates.asOf != null && year > dates.asOf.getYear()) {
            o.problem("year", year + " is after asOf's year (" + dates.asOf.getYear() + ")");
        }
        Level level = o.code("level", Level.class, true);
        String category = o.string("categoryCode", false, 40);
        Result result = o.code("result", Result.class, true);
        List<FailedItemInput> items = o.objects("failedItems", (i, path) -> failedItem(i));
        LocalDate notice = dates.notAfterAsOf(o, "noticeReceived", false);
        OutcomeInput retest = outcome(o, "retest", dates);
        if (retest != null && !underDecision) {
            o.problem("retest", "only the check under decision (spotChecks[0]) has an objection re-test; "
                    + "give a history entry its final result");
        }
        LocalDate ordered = dates.notAfterAsOf(o, "correctionOrdered", false);
        OutcomeInput recheck = outcome(o, "recheck", dates);
        AnnouncementInput announced = announcement(o, dates);
        OutcomeInput second = outcome(o, "secondRecheck", dates);
        OutcomeInput suspension = outcome(o, "suspensionRecheck", dates);
        var check = new SpotCheckInput(year == null ? 0 : year, level, category, result, items, notice, retest, ordered,
                recheck, announced, second, suspension);
        LifecycleChecks.check(check, o);
        return check;
    }

    private static FailedItemInput failedItem(JsonObject o) {
        String item = o.string("item", true, 200);
        Boolean critical = o.bool("safetyCritical");
        String standard = o.string("standard", critical == null, 100);
        StandardCode code = null;
        if (standard != null) {
            code = StandardCode.parse(standard).orElse(null);
            if (code == null) {
                o.problem("standard", "\"" + standard + "\" is not a recognisable standard code; accepted: "
                        + StandardCode.ACCEPTED + " (full-width characters, lower case and spaces are fine)");
            }
        }
        return new FailedItemInput(item, code, critical);
    }

    private static OutcomeInput outcome(JsonObject parent, String key, Dates dates) {
        JsonObject o = parent.object(key, false);
        if (o == null) {
            return null;
        }
        LocalDate date = dates.notAfterAsOf(o, "date", true);
        Result result = o.code("result", Result.class, true);
        o.finish();
        return new OutcomeInput(date, result);
    }

    private static AnnouncementInput announcement(JsonObject parent, Dates dates) {
        JsonObject o = parent.object("announced", false);
        if (o == null) {
            return null;
        }
        LocalDate date = dates.notAfterAsOf(o, "date", true);
        Level by = o.code("by", Level.class, true);
        o.finish();
        return new AnnouncementInput(date, by);
    }

    /** Reads dates that must lie between 1993 and {@code asOf} (not compared when asOf itself is bad). */
    private record Dates(LocalDate asOf) {

        LocalDate notAfterAsOf(JsonObject o, String key, boolean required) {
            LocalDate d = o.date(key, required);
            if (d != null && asOf != null && d.isAfter(asOf)) {
                o.problem(key, d + " is after asOf (" + asOf + ")");
            } else if (d != null && d.isBefore(EARLIEST)) {
                o.problem(key, d + " is before " + EARLIEST.getYear());
            }
            return d;
        }
    }
}
