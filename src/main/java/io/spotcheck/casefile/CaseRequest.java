package io.spotcheck.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as a case officer submits it (CONTRACT §1 request). Built only by {@link CaseReader}, which has
 * already checked every field, so the values here are always valid.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseRequest(
        String caseRef,
        LocalDate asOf,
        FirmInput firm,
        List<SpotCheckInput> spotChecks,
        List<FindingCode> findings,
        List<CircumstanceCode> circumstances,
        List<PenaltyCode> penalties,
        boolean noIntentProven,
        List<MinorGroundCode> minorCircumstances,
        boolean jurisdictionDisputed) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FirmInput(
            Uscc uscc,
            String name,
            String district,
            Role role,
            CreditRisk creditRisk,
            boolean industryLeader,
            Boolean reachable,
            List<MailInput> registeredMail) {
    }

    public record MailInput(LocalDate sent, boolean signed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SpotCheckInput(
            int year,
            Level level,
            String categoryCode,
            Result result,
            List<FailedItemInput> failedItems,
            LocalDate noticeReceived,
            OutcomeInput retest,
            LocalDate correctionOrdered,
            OutcomeInput recheck,
            AnnouncementInput announced,
            OutcomeInput secondRecheck,
            OutcomeInput suspensionRecheck) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FailedItemInput(String item, StandardCode standard, Boolean safetyCritical) {
    }

    public record OutcomeInput(LocalDate date, Result result) {
    }

    public record AnnouncementInput(LocalDate date, Level by) {
    }

    /**
     * The check's final result: the objection re-test's when there is one (复检, whose result is final: Order 18
     * 第三十七条至第四十三条), else the result of the check.
     */
    public static Result finalResult(SpotCheckInput c) {
        return c.retest() == null ? c.result() : c.retest().result();
    }

    /** The check under decision: the first of {@link #spotChecks}, or null when the case rests on findings. */
    public SpotCheckInput checkUnderDecision() {
        return spotChecks.isEmpty() ? null : spotChecks.get(0);
    }
}
