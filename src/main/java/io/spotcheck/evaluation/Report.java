package io.spotcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation of a period as of a date (CONTRACT §8): a row per district holding cases (in the order of DOMAIN §6,
 * then the municipal bureau's row, {@code district} null), their total, and the labs' and categories' batches.
 * {@code total} has the fields of a row; its {@code district} is null, or a district-bound officer's district (whose
 * total is its row).
 */
@JsonPropertyOrder({"from", "to", "asOf", "districts", "total", "labs", "categories"})
public record Report(LocalDate from, LocalDate to, LocalDate asOf, List<DistrictRow> districts, DistrictRow total,
                     List<LabRow> labs, List<CategoryRow> categories) {
}
