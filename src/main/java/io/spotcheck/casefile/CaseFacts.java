package io.spotcheck.casefile;

import io.spotcheck.casefile.CaseRequest.OutcomeInput;
import io.spotcheck.casefile.CaseRequest.SpotCheckInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a validated request into the flat facts the rules match. No policy here: only reshaping. The check
 * under decision and its history record carry its final result ({@link CaseRequest#finalResult}): after a
 * passed objection re-test it is a passed check with no failed items.
 */
public final class CaseFacts {

    private CaseFacts() {
    }

    public static List<Object> of(CaseRequest r) {
        List<Object> facts = new ArrayList<>();
        var f = r.firm();
        facts.add(AsOf.of(r.asOf()));
        facts.add(new Firm(f.uscc().value(), f.name(), f.district(), f.role(), f.creditRisk(),
                f.industryLeader(), f.reachable()));
        for (int i = 0; i < f.registeredMail().size(); i++) {
            var m = f.registeredMail().get(i);
            facts.add(new RegisteredLetter(i, m.sent(), m.sent().toEpochDay(), m.signed()));
        }
        for (int i = 0; i < r.spotChecks().size(); i++) {
            var c = r.spotChecks().get(i);
            if (c != null) { // spotChecks[0] is null when there is no check under decision (CONTRACT §1 v2)
                facts.add(new CheckRecord(i, c.year(), c.level(), CaseRequest.finalResult(c)));
            }
        }
        SpotCheckInput c = r.checkUnderDecision();
        if (c != null) {
            Result result = CaseRequest.finalResult(c);
            facts.add(new CheckUnderDecision(c.year(), c.level(), c.categoryCode(), result));
            for (int i = 0; result == Result.FAIL && i < c.failedItems().size(); i++) {
                var item = c.failedItems().get(i);
                var standard = item.standard();
                facts.add(new FailedItem(i, item.item(), standard == null ? null : standard.code(),
                        standard == null ? null : standard.family(), standard == null ? null : standard.suffix(),
                        item.safetyCritical()));
            }
            if (c.noticeReceived() != null) {
                facts.add(new LifecycleDate(LifecycleKind.NOTICE_RECEIVED, c.noticeReceived()));
            }
            if (c.retest() != null) {
                facts.add(new Retest(c.retest().date(), c.retest().result()));
            }
            if (c.correctionOrdered() != null) {
                facts.add(new LifecycleDate(LifecycleKind.CORRECTION_ORDERED, c.correctionOrdered()));
            }
            addRecheck(facts, RecheckStage.FIRST, c.recheck());
            addRecheck(facts, RecheckStage.SECOND, c.secondRecheck());
            if (c.secondRecheck() != null && c.secondRecheck().result() == Result.FAIL) {
                facts.add(new FailedAfterAnnouncement(c.secondRecheck().date()));
            }
            addRecheck(facts, RecheckStage.SUSPENSION, c.suspensionRecheck());
            if (c.announced() != null) {
                facts.add(new Announcement(c.announced().date(), c.announced().by()));
            }
        }
        r.findings().forEach(x -> facts.add(new Finding(x)));
        r.circumstances().forEach(x -> facts.add(new Circumstance(x)));
        r.penalties().forEach(x -> facts.add(new Penalty(x)));
        r.minorCircumstances().forEach(x -> facts.add(new MinorGround(x)));
        facts.add(new CaseFlags(r.noIntentProven(), r.jurisdictionDisputed()));
        return facts;
    }

    private static void addRecheck(List<Object> facts, RecheckStage stage, OutcomeInput o) {
        if (o != null) {
            facts.add(new Recheck(stage, o.date(), o.result()));
        }
    }
}
