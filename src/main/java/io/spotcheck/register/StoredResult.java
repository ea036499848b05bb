package io.spotcheck.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.Result;
import java.time.LocalDate;
import java.util.List;

/** One row of {@code results.csv} as stored (CONTRACT §7): the firm, the check, the lab, and when it reached the bureau. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"reportNo", "uscc", "name", "district", "role", "creditRisk", "industryLeader", "categoryCode",
        "level", "result", "checkedOn", "labId", "failedItems", "openedOn"})
public record StoredResult(String reportNo, String uscc, String name, String district, String role,
                           String creditRisk, Boolean industryLeader, String categoryCode, Level level, Result result,
                           LocalDate checkedOn, String labId, List<Item> failedItems, LocalDate openedOn) {

    /** A failed item: {@code safetyCritical} null when the row left it empty. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String item, String standard, Boolean safetyCritical) {
    }

    /** The same row, its {@code opened_on} aside: what idempotency compares. */
    public boolean sameRow(StoredResult other) {
        return withoutOpenedOn().equals(other.withoutOpenedOn());
    }

    private StoredResult withoutOpenedOn() {
        return new StoredResult(reportNo, uscc, name, district, role, creditRisk, industryLeader, categoryCode, level,
                result, checkedOn, labId, failedItems, null);
    }
}
