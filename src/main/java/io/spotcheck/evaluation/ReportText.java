package io.spotcheck.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The evaluation as a readable table for the command line: the JSON's field names as headings, rates in percent. */
public final class ReportText {

    private ReportText() {
    }

    public static String of(Report r) {
        StringBuilder out = new StringBuilder("Evaluation of the cases opened " + r.from() + " to " + r.to()
                + ", as of " + r.asOf() + " (沪市监产质〔2022〕251号 四(三))\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("district", "cases", "mustFile", "filed", "filingRate", "notFiledApproved", "stepsDue",
                "stepsOnTime", "onTimeRate", "overdue", "rechecked", "recheckPassed", "recheckPassRate", "closed"));
        r.districts().forEach(d -> rows.add(district(d.district() == null ? "MUNICIPAL" : d.district(), d)));
        rows.add(district("total", r.total()));
        table(out, rows);
        out.append('\n');
        List<List<String>> labs = new ArrayList<>();
        labs.add(List.of("labId", "batches", "failures", "failureRate", "safetyFailures"));
        r.labs().forEach(l -> labs.add(List.of(l.labId(), n(l.batches()), n(l.failures()), rate(l.failureRate()),
                n(l.safetyFailures()))));
        table(out, labs);
        out.append('\n');
        List<List<String>> categories = new ArrayList<>();
        categories.add(List.of("categoryCode", "batches", "failures", "failureRate", "qualityAnalysisDue"));
        r.categories().forEach(c -> categories.add(List.of(c.categoryCode(), n(c.batches()), n(c.failures()),
                rate(c.failureRate()), c.qualityAnalysisDue() ? "yes" : "no")));
        table(out, categories);
        return out.toString();
    }

    private static List<String> district(String name, DistrictRow d) {
        return List.of(name, n(d.cases()), n(d.mustFile()), n(d.filed()), rate(d.filingRate()),
                n(d.notFiledApproved()), n(d.stepsDue()), n(d.stepsOnTime()), rate(d.onTimeRate()), n(d.overdue()),
                n(d.rechecked()), n(d.recheckPassed()), rate(d.recheckPassRate()), n(d.closed()));
    }

    private static String n(int v) {
        return Integer.toString(v);
    }

    /** A rate in percent to one decimal; "-" without a denominator. */
    static String rate(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    /** Columns padded to their widest cell (a Chinese character counted twice), the first left-aligned. */
    private static void table(StringBuilder out, List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String pad = " ".repeat(widths[c] - width(row.get(c)));
                line.append(c == 0 ? row.get(c) + pad : pad + row.get(c)).append(c + 1 < row.size() ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static int width(String s) {
        return s.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }
}
