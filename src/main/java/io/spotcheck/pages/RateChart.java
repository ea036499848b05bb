package io.spotcheck.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A horizontal bar chart of rates (0 to 1), laid out on the server like {@link BarChart} but scaled to 100 %, not to
 * the largest bar, so bars of different charts compare; a rate without a denominator draws no bar and reads "—".
 * Each label is a message key.
 */
record RateChart(String id, List<Bar> bars, int height) {

    /** One bar: its message key, its rate (null: no denominator), its text and where it is drawn. */
    record Bar(String key, Double rate, String text, int y, int width) {
        public int textY() {
            return y + BarChart.ROW / 2 + 5;
        }

        public int valueX() {
            return BarChart.LABEL_WIDTH + width + 8;
        }
    }

    static RateChart of(String id, String prefix, Map<String, Double> rates) {
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (var e : rates.entrySet()) {
            Double r = e.getValue();
            int width = r == null ? 0 : (int) Math.round(Math.min(1, Math.max(0, r)) * BarChart.BAR_SPACE);
            bars.add(new Bar(prefix + e.getKey(), r, percent(r), y, r != null && r > 0 ? Math.max(width, 2) : width));
            y += BarChart.ROW;
        }
        return new RateChart(id, bars, Math.max(y, BarChart.ROW));
    }

    /** A rate in percent to one decimal; "—" without a denominator. */
    static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    public int labelWidth() {
        return BarChart.LABEL_WIDTH;
    }

    public int viewWidth() {
        return BarChart.LABEL_WIDTH + BarChart.BAR_SPACE + 60;
    }
}
