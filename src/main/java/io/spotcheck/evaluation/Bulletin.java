package io.spotcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The quarterly bulletin (季度通报, 2020 plan item 2): the quarter's batches checked and failed overall, by level, by
 * the firm's district ({@code MUNICIPAL}: out-of-town firms), by lab and by category, the categories due a quality
 * analysis, and each district's post-failure handling — the evaluation of the quarter.
 */
@JsonPropertyOrder({"year", "quarter", "overall", "byLevel", "byDistrict", "evaluation"})
public record Bulletin(int year, int quarter, Report evaluation, Tally overall, List<Tally> byLevel,
                       List<Tally> byDistrict) {

    public List<CategoryRow> qualityAnalysisDue() {
        return evaluation.categories().stream().filter(CategoryRow::qualityAnalysisDue).toList();
    }
}
