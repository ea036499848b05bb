package io.spotcheck.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart laid out on the server, drawn as SVG by the page (no script, no library): each bar's
 * label is a message key, so the chart reads in the page's language.
 */
record BarChart(String id, List<Bar> bars, int height) {

    static final int ROW = 28;
    static final int LABEL_WIDTH = 150;
    static final int BAR_SPACE = 220;

    /** One bar: its message key and code, its value, and where it is drawn. */
    record Bar(String key, String code, long value, int y, int width) {
        public int textY() {
            return y + ROW / 2 + 5;
        }

        public int valueX() {
            return LABEL_WIDTH + width + 8;
        }
    }

    /** Bars in the map's order, scaled to the largest value; {@code prefix} + code is each label's message key. */
    static BarChart of(String id, String prefix, Map<String, ? extends Number> values) {
        long max = values.values().stream().mapToLong(Number::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (var e : values.entrySet()) {
            long v = e.getValue().longValue();
            int width = max == 0 ? 0 : (int) Math.round((double) v * BAR_SPACE / max);
            bars.add(new Bar(prefix + e.getKey(), e.getKey(), v, y, Math.max(width, v > 0 ? 2 : 0)));
            y += ROW;
        }
        return new BarChart(id, bars, Math.max(y, ROW));
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int viewWidth() {
        return LABEL_WIDTH + BAR_SPACE + 50;
    }
}
