package io.spotcheck.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rate bars scale to 100 %, not to the largest bar; a rate without a denominator draws nothing and reads "—". */
class RateChartTest {

    @Test
    void ratesScaleToAHundredPercent() {
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("黄浦区", 0.5);
        rates.put("浦东新区", 1.0);
        rates.put("MUNICIPAL", null);
        rates.put("闵行区", 0.001);
        rates.put("静安区", 0.0);

        RateChart chart = RateChart.of("c", "district.", rates);

        assertThat(chart.bars()).extracting(RateChart.Bar::width).containsExactly(BarChart.BAR_SPACE / 2,
                BarChart.BAR_SPACE, 0, 2, 0);
        assertThat(chart.bars()).extracting(RateChart.Bar::text).containsExactly("50.0%", "100.0%", "—", "0.1%",
                "0.0%");
        assertThat(chart.bars().get(2).key()).isEqualTo("district.MUNICIPAL");
        assertThat(chart.height()).isEqualTo(5 * BarChart.ROW);
        assertThat(RateChart.of("c", "district.", Map.of()).height()).isEqualTo(BarChart.ROW);
    }
}
