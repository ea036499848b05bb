package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bars scale to the largest value; a non-zero value stays visible, a zero one draws nothing. */
class BarChartTest {

    @Test
    void barsScaleToTheLargestInTheMapsOrder() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("RANDOM", 200);
        counts.put("MANDATORY", 100);
        counts.put("PRIORITY", 1);
        counts.put("NONE", 0);
        BarChart chart = BarChart.of("c", "tier.", counts);
        assertThat(chart.bars()).extracting(BarChart.Bar::code).containsExactly("RANDOM", "MANDATORY", "PRIORITY", "NONE");
        assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(BarChart.BAR_SPACE,
                BarChart.BAR_SPACE / 2, 2, 0);
        assertThat(chart.bars().get(1).key()).isEqualTo("tier.MANDATORY");
        assertThat(chart.bars().get(3).y()).isEqualTo(3 * BarChart.ROW);
        assertThat(chart.height()).isEqualTo(4 * BarChart.ROW);
    }

    @Test
    void anEmptyOrAllZeroChartHasOneRowOfHeightAndNoWidth() {
        assertThat(BarChart.of("c", "tier.", Map.of()).height()).isEqualTo(BarChart.ROW);
        assertThat(BarChart.of("c", "tier.", Map.of("A", 0)).bars().get(0).width()).isZero();
    }
}
