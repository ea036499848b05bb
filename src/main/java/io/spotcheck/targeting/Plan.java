package io.spotcheck.targeting;

import java.util.List;

/** A finished plan: its rows in output order and its summary. */
public record Plan(List<Row> rows, PlanSummary summary) {

    /** One batch of plan.csv. */
    public record Row(String uscc, String name, String district, String categoryCode, Tier tier, List<Reason> reasons,
                      List<String> inspectors) {
    }

    static final String[] HEADER = {"uscc", "name", "district", "category_code", "tier", "reasons", "inspectors"};

    /**
     * plan.csv: UTF-8, header row, '\n' line ends, RFC 4180 quoting where a value needs it — byte for byte what
     * Commons CSV's {@code CSVFormat.DEFAULT} printer writes ({@code PlanCsvTest} holds the two side by side), without
     * its per-value checks and boxing: 170,000 rows are written at the end of every plan.
     */
    public String csv() {
        StringBuilder out = new StringBuilder(128 * (rows.size() + 1));
        for (int i = 0; i < HEADER.length; i++) {
            value(out, HEADER[i], i == 0);
        }
        out.append('\n');
        for (Row r : rows) {
            value(out, r.uscc(), true);
            value(out, r.name(), false);
            value(out, r.district(), false);
            value(out, r.categoryCode(), false);
            out.append(',').append(r.tier().name()).append(','); // constants' names: nothing to quote
            for (int i = 0; i < r.reasons().size(); i++) {
                out.append(i == 0 ? "" : ";").append(r.reasons().get(i).name());
            }
            value(out, String.join(";", r.inspectors()), false);
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * One value the way {@code CSVFormat.DEFAULT} prints it (quote mode MINIMAL): quoted when it is empty and first in
     * its record, starts with a character up to {@code #}, holds a comma, quote, CR or LF, or ends in a character up to
     * a space; a quote inside is doubled. A comma goes before every value but the first.
     */
    static void value(StringBuilder out, String value, boolean first) {
        if (!first) {
            out.append(',');
        }
        String v = value == null ? "" : value; // as the printer writes null
        int n = v.length();
        boolean quote = n == 0 ? first : v.charAt(0) <= '#' || v.charAt(n - 1) <= ' ' || v.indexOf(',') >= 0
                || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        if (!quote) {
            out.append(v);
            return;
        }
        out.append('"');
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
