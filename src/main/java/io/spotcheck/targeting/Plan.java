package io.spotcheck.targeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A finished plan: its rows in output order and its summary. */
public record Plan(List<Row> rows, PlanSummary summary) {

    /** One batch of plan.csv. */
    public record Row(String uscc, String name, String district, String categoryCode, Tier tier, List<Reason> reasons,
                      List<String> inspectors) {
    }

    static final String[] HEADER = {"uscc", "name", "district", "category_code", "tier", "reasons", "inspectors"};

    /** plan.csv: UTF-8, header row, '\n' line ends, RFC 4180 quoting where a value needs it. */
    public String csv() {
        StringBuilder out = new StringBuilder(128 * (rows.size() + 1));
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(HEADER).get())) {
            for (Row r : rows) {
                printer.printRecord(r.uscc(), r.name(), r.district() == null ? "" : r.district(), r.categoryCode(),
                        r.tier(), String.join(";", r.reasons().stream().map(Enum::name).toList()),
                        String.join(";", r.inspectors()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
