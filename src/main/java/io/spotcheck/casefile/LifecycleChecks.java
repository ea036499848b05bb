package io.spotcheck.casefile;

import io.spotcheck.casefile.CaseRequest.OutcomeInput;
import io.spotcheck.casefile.CaseRequest.SpotCheckInput;
import java.time.LocalDate;

/**
 * Refuses a spot-check lifecycle that cannot have happened: steps after a passed check, a step without the
 * step it follows, or steps dated out of order (Order 18 Ch. 5: order → re-check → announcement → second
 * re-check → suspension re-check).
 */
final class LifecycleChecks {

    private LifecycleChecks() {
    }

    static void check(SpotCheckInput c, JsonObject o) {
        if (c.result() == Result.PASS) {
            for (String key : new String[] {"noticeReceived", "correctionOrdered", "recheck", "announced",
                    "secondRecheck", "suspensionRecheck"}) {
                if (present(c, key)) {
                    o.problem(key, "a check that passed has no failure lifecycle");
                }
            }
            if (!c.failedItems().isEmpty()) {
                o.problem("failedItems", "a check that passed has no failed items");
            }
            return;
        }
        if (c.announced() != null && !failed(c.recheck())) {
            o.problem("announced", "an announcement follows a failed recheck (Order 18 Art 47); there is none");
        }
        if (c.secondRecheck() != null && c.announced() == null) {
            o.problem("secondRecheck", "a second recheck follows an announcement (Order 18 Art 48); there is none");
        }
        if (c.suspensionRecheck() != null && !failed(c.secondRecheck())) {
            o.problem("suspensionRecheck", "a suspension recheck follows a failed second recheck; there is none");
        }
        if (c.recheck() != null && c.correctionOrdered() == null) {
            o.problem("correctionOrdered", "is required when a recheck is given (the recheck checks the correction)");
        }
        notBefore(o, "recheck", date(c.recheck()), "correctionOrdered", c.correctionOrdered());
        notBefore(o, "announced", c.announced() == null ? null : c.announced().date(), "recheck", date(c.recheck()));
        notBefore(o, "secondRecheck", date(c.secondRecheck()), "announced",
                c.announced() == null ? null : c.announced().date());
        notBefore(o, "suspensionRecheck", date(c.suspensionRecheck()), "secondRecheck", date(c.secondRecheck()));
        LocalDate yearStart = c.year() > 0 ? LocalDate.of(c.year(), 1, 1) : null;
        notBefore(o, "noticeReceived", c.noticeReceived(), "year", yearStart);
        notBefore(o, "correctionOrdered", c.correctionOrdered(), "year", yearStart);
    }

    private static boolean present(SpotCheckInput c, String key) {
        return switch (key) {
            case "noticeReceived" -> c.noticeReceived() != null;
            case "correctionOrdered" -> c.correctionOrdered() != null;
            case "recheck" -> c.recheck() != null;
            case "announced" -> c.announced() != null;
            case "secondRecheck" -> c.secondRecheck() != null;
            default -> c.suspensionRecheck() != null;
        };
    }

    private static boolean failed(OutcomeInput o) {
        return o != null && o.result() == Result.FAIL;
    }

    private static LocalDate date(OutcomeInput o) {
        return o == null ? null : o.date();
    }

    private static void notBefore(JsonObject o, String key, LocalDate date, String earlierKey, LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            o.problem(key, date + " is before " + earlierKey + " (" + earlier + ")");
        }
    }
}
