package io.spotcheck.pages;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The batches of a stored plan, read back from its plan.csv, to count by district and to filter on the page. */
record PlanRows(List<Row> rows) {

    /** One batch, as in plan.csv. */
    record Row(String uscc, String name, String district, String categoryCode, String tier, List<String> reasons,
               String inspectors) {
    }

    /** What the planner filters by: tier, reason, district, and text in the USCC, name or category. */
    record Filter(String tier, String reason, String district, String text) {
        boolean keeps(Row r) {
            return (tier == null || tier.isEmpty() || tier.equals(r.tier()))
                    && (reason == null || reason.isEmpty() || r.reasons().contains(reason))
                    && (district == null || district.isEmpty() || district.equals(districtCode(r)))
                    && (text == null || text.isBlank() || matches(r, text.strip().toLowerCase(Locale.ROOT)));
        }

        private static boolean matches(Row r, String t) {
            return r.uscc().toLowerCase(Locale.ROOT).contains(t) || r.name().toLowerCase(Locale.ROOT).contains(t)
                    || r.categoryCode().toLowerCase(Locale.ROOT).contains(t);
        }
    }

    /** The district as a chart code: blank (a firm outside Shanghai) reads as OUTSIDE. */
    static String districtCode(Row r) {
        return r.district().isBlank() ? "OUTSIDE" : r.district();
    }

    static PlanRows parse(String csv) {
        List<Row> rows = new ArrayList<>();
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            for (CSVRecord r : parser) {
                rows.add(new Row(r.get("uscc"), r.get("name"), r.get("district"), r.get("category_code"),
                        r.get("tier"), r.get("reasons").isEmpty() ? List.of() : Arrays.asList(r.get("reasons").split(";")),
                        r.get("inspectors")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlanRows(List.copyOf(rows));
    }

    /** Batches per district, most first, then by name. */
    Map<String, Long> byDistrict() {
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(districtCode(r), 1L, Long::sum));
        Map<String, Long> sorted = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    List<Row> filtered(Filter filter) {
        return rows.stream().filter(filter::keeps).toList();
    }
}
