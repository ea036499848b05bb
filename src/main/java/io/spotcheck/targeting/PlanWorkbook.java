package io.spotcheck.targeting;

import io.spotcheck.tabular.Sheets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * plan.xlsx (CONTRACT §2 version 2): the rows of plan.csv, in its order, under Chinese headers, with the category
 * and inspector names beside their codes (names from the plan's summary; empty for a plan stored before they were).
 */
public final class PlanWorkbook {

    static final List<String> HEADER = List.of("统一社会信用代码", "企业名称", "所在区", "品类代码", "品类名称", "层级",
            "抽取理由", "抽样人员编号", "抽样人员姓名");

    private PlanWorkbook() {
    }

    /** Writes the workbook of a stored plan from its plan.csv and its summary JSON (where the names are). */
    @SuppressWarnings("unchecked")
    public static void write(String planCsv, String summaryJson, OutputStream out) throws IOException {
        Map<String, Object> summary = io.spotcheck.shared.Json.MAPPER.readValue(summaryJson, Map.class);
        Map<String, Object> names = summary.get("names") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        write(planCsv, strings(names.get("categories")), strings(names.get("inspectors")), out);
    }

    private static Map<String, String> strings(Object map) {
        Map<String, String> out = new java.util.HashMap<>();
        if (map instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        return out;
    }

    /** Writes the workbook of a stored plan: its plan.csv and the names of its summary (either map may be empty). */
    public static void write(String planCsv, Map<String, String> categoryNames, Map<String, String> inspectorNames,
                             OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(planCsv.startsWith("\uFEFF") ? planCsv.substring(1) : planCsv))) {
            for (CSVRecord r : parser) {
                String inspectors = r.get("inspectors");
                List<String> ids = inspectors.isEmpty() ? List.of() : Arrays.asList(inspectors.split(";"));
                rows.add(List.of(r.get("uscc"), r.get("name"), r.get("district"), r.get("category_code"),
                        categoryNames.getOrDefault(r.get("category_code"), ""), r.get("tier"), r.get("reasons"),
                        inspectors, String.join(";", ids.stream().map(id -> inspectorNames.getOrDefault(id, "")).toList())));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Sheets.write(out, "抽样计划", HEADER, rows);
    }
}
