package io.spotcheck.targeting;

import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.engine.RuleBaseException;
import io.spotcheck.engine.RuleSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The plan's policy parameters, read from {@code rules/targeting/parameters.csv} so the ruleset version covers them.
 * Every parameter must be present, numeric and within its range, with a note saying whether a published figure
 * exists and, where none does, why the default was chosen; otherwise the rules do not load.
 */
public record PlanParameters(int minBatchesLevelOne, double creditRatioD, double creditRatioC,
                             Map<CreditRisk, Double> creditWeights, double creditWeightNone,
                             Map<Integer, Double> riskWeights, int signalWindowMonths, int noRepeatWindowMonths,
                             int trackingLookbackYears, int coveragePeriodFirstYear, int coveragePeriodYears,
                             double qualityAnalysisFailureRate, int qualityAnalysisMinBatches) {

    static final String FILE = "targeting/parameters.csv";

    public static PlanParameters from(RuleSource source) {
        var file = source.files().stream().filter(f -> f.path().equals(FILE)).findFirst()
                .orElseThrow(() -> new RuleBaseException("rules/" + FILE + " is missing"));
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                .parse(new StringReader(file.text()))) {
            for (CSVRecord r : parser) {
                String name = r.get("parameter");
                if (values.put(name, r.get("value")) != null) {
                    problems.add("line " + (r.getRecordNumber() + 1) + ": " + name + " is given twice");
                }
                if (!r.isSet("note") || r.get("note").isBlank()) {
                    problems.add("line " + (r.getRecordNumber() + 1) + ": " + name + " has no note (whether a "
                            + "published figure exists, and why this default)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RuleBaseException("rules/" + FILE + ": " + e.getMessage());
        }
        var p = new Reader(values, problems);
        Map<CreditRisk, Double> credit = new LinkedHashMap<>();
        for (CreditRisk c : CreditRisk.values()) {
            credit.put(c, p.number("credit_weight_" + c, 0, 1000));
        }
        Map<Integer, Double> risk = new LinkedHashMap<>();
        for (int level = 1; level <= 3; level++) {
            risk.put(level, p.number("risk_weight_" + level, 0, 1000));
        }
        var params = new PlanParameters((int) p.whole("min_batches_level_one", 0, 1000),
                p.number("credit_ratio_D", 0, 1), p.number("credit_ratio_C", 0, 1), Map.copyOf(credit),
                p.number("credit_weight_none", 0, 1000), Map.copyOf(risk),
                (int) p.whole("signal_window_months", 0, 120), (int) p.whole("no_repeat_window_months", 0, 120),
                (int) p.whole("tracking_lookback_years", 1, 10), (int) p.whole("coverage_period_first_year", 1993, 2100),
                (int) p.whole("coverage_period_years", 1, 20), p.number("quality_analysis_failure_rate", 0, 1),
                (int) p.whole("quality_analysis_min_batches", 1, 1_000_000));
        values.keySet().stream().filter(k -> !p.read.contains(k))
                .forEach(k -> problems.add(k + " is not a known parameter"));
        if (!problems.isEmpty()) {
            throw new RuleBaseException("rules/" + FILE + ":\n  " + String.join("\n  ", problems));
        }
        return params;
    }

    /** The first year of the coverage period that holds {@code year} (2021–2025, 2026–2030, …). */
    public int periodStart(int year) {
        return year - Math.floorMod(year - coveragePeriodFirstYear, coveragePeriodYears);
    }

    public int periodEnd(int year) {
        return periodStart(year) + coveragePeriodYears - 1;
    }

    public double creditWeight(CreditRisk credit) {
        return credit == null ? creditWeightNone : creditWeights.get(credit);
    }

    private record Reader(Map<String, String> values, List<String> problems, List<String> read) {

        Reader(Map<String, String> values, List<String> problems) {
            this(values, problems, new ArrayList<>());
        }

        double number(String name, double min, double max) {
            read.add(name);
            String v = values.get(name);
            if (v == null) {
                problems.add(name + " is missing");
                return 0;
            }
            try {
                double d = Double.parseDouble(v);
                if (d < min || d > max || Double.isNaN(d)) {
                    problems.add(name + " = " + v + " is outside " + min + "–" + max);
                }
                return d;
            } catch (NumberFormatException e) {
                problems.add(name + " = \"" + v + "\" is not a number");
                return 0;
            }
        }

        double whole(String name, double min, double max) {
            double d = number(name, min, max);
            if (d != Math.rint(d)) {
                problems.add(name + " = " + values.get(name) + " must be a whole number");
            }
            return d;
        }
    }
}
