package io.spotcheck.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.spotcheck.casefile.Level;
import io.spotcheck.classification.SeriousCategory;
import io.spotcheck.engine.BilingualName;
import io.spotcheck.filing.Filing;
import io.spotcheck.listing.ListName;
import java.time.LocalDate;
import java.util.List;

/** The decision on one case (CONTRACT §1 response). */
@JsonPropertyOrder({"decisionId", "caseRef", "asOf", "rulesetVersion", "serious", "seriousCategories", "filing",
        "interviews", "listings", "actions", "timeline", "explanation"})
public record Decision(
        String decisionId,
        String caseRef,
        LocalDate asOf,
        String rulesetVersion,
        boolean serious,
        List<SeriousCategory> seriousCategories,
        Filing filing,
        List<Interview> interviews,
        List<Listing> listings,
        List<Action> actions,
        List<TimelineStep> timeline,
        List<Explanation> explanation) {

    public record Interview(Level level, boolean mandatory) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Listing(ListName list, Level approvalBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String code, LocalDate from, LocalDate due) {
    }

    /** One step of the check's lifecycle, done or to come, as of asOf (the {@code decide --timeline} view). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineStep(String step, StepStatus status, LocalDate date, LocalDate from, LocalDate due,
                               String result, String note) {
    }

    public enum StepStatus { DONE, OPEN, OVERDUE, UPCOMING }

    /** Why: one rule that fired, with what it saw ({@code detail}) and what it concluded. */
    @JsonPropertyOrder({"ruleId", "name", "basis", "detail", "concluded"})
    public record Explanation(String ruleId, BilingualName name, String basis, String detail,
                              List<String> concluded) {
    }
}
