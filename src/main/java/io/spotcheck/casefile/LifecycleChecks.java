package io.spotcheck.casefile;

import io.spotcheck.casefile.CaseRequest.OutcomeInput;
import io.spotcheck.casefile.CaseRequest.SpotCheckInput;
import java.time.LocalDate;

/**
 * Refuses a spot-check lifecycle that cannot have happened (CONTRACT §1 version 2, the order table): steps of a
 * check that passed, a step without the step it needs, or a step dated before the one it follows (Order 18
 * Ch. 4–5: notice → objection re-test → order → re-check → announcement → second re-check → suspension re-check).
 * No step is bound by the check's {@code year}: a 2025 check may have its correction ordered in December 2024.
 */
final class LifecycleChecks {

    private static final String[] STEPS = {"noticeReceived", "retest", "correctionOrdered", "recheck", "announced",
            "secondRecheck", "suspensionRecheck"};

    private LifecycleChecks() {
    }

    static void check(SpotCheckInput c, JsonObject o) {
        if (c.result() == Result.PASS) {
            for (String key : STEPS) {
                if (present(c, key)) {
                    o.problem(key, "a check that passed has no failure lifecycle");
                }
            }
            if (!c.failedItems().isEmpty()) {
                o.problem("failedItems", "a check that passed has no failed items");
            }
            return;
        }
        if (c.retest() != null && c.noticeReceived() == null) {
            o.problem("noticeReceived", "is required when a retest is given (the objection runs from the notice)");
        }
        if (c.retest() != null && c.retest().result() == Result.PASS) {
            for (int i = 2; i < STEPS.length; i++) {
                if (present(c, STEPS[i])) {
                    o.problem(STEPS[i], "the objection re-test passed and its result is final (Order 18 第三十七条至第四十三条): "
                            + "the check did not fail, so no later step follows");
                }
            }
        }
        if (c.recheck() != null && c.correctionOrdered() == null) {
            o.problem("correctionOrdered", "is required when a recheck is given (the recheck checks the correction)");
        }
        if (c.announced() != null && c.correctionOrdered() == null) {
            o.problem("correctionOrdered", "is required when an announcement is given (an announcement follows an "
                    + "order to correct that was not met: Order 18 第四十七条, 上海市产品质量条例 第三十条)");
        }
        if (c.announced() != null && c.recheck() != null && c.recheck().result() == Result.PASS) {
            o.problem("announced", "the recheck passed; only a failed recheck, or none, is announced");
        }
        if (c.secondRecheck() != null && c.announced() == null) {
            o.problem("secondRecheck", "a second recheck follows an announcement (Order 18 Art 48); there is none");
        }
        if (c.suspensionRecheck() != null && !failed(c.secondRecheck())) {
            o.problem("suspensionRecheck", "a suspension recheck follows a failed second recheck; there is none");
        }
        notBefore(o, "retest", date(c.retest()), "noticeReceived", c.noticeReceived());
        notBefore(o, "correctionOrdered", c.correctionOrdered(), "noticeReceived", c.noticeReceived());
        notBefore(o, "recheck", date(c.recheck()), "correctionOrdered", c.correctionOrdered());
        LocalDate announced = c.announced() == null ? null : c.announced().date();
        if (c.recheck() != null) {
            notBefore(o, "announced", announced, "recheck", date(c.recheck()));
        } else {
            notBefore(o, "announced", announced, "correctionOrdered", c.correctionOrdered());
        }
        notBefore(o, "secondRecheck", date(c.secondRecheck()), "announced", announced);
        notBefore(o, "suspensionRecheck", date(c.suspensionRecheck()), "secondRecheck", date(c.secondRecheck()));
    }

    private static boolean present(SpotCheckInput c, String key) {
        return switch (key) {
            case "noticeReceived" -> c.noticeReceived() != null;
            case "retest" -> c.retest() != null;
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
