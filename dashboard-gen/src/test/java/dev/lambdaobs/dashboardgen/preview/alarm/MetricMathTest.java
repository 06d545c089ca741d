package dev.lambdaobs.dashboardgen.preview.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MetricMathTest {
    private static final List<Long> RANGE = List.of(0L, 60L, 120L, 180L);

    private static NavigableMap<Long, Double> series(double... pairs) {
        NavigableMap<Long, Double> series = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            series.put((long) pairs[i], pairs[i + 1]);
        }
        return series;
    }

    @Test
    void throttleRateAsTheGeneratedAlarmWritesIt() {
        var metrics = Map.of("i", series(0, 10, 60, 0, 120, 4), "t", series(0, 0, 60, 0, 120, 1));
        assertThat(MetricMath.evaluate("IF(i + t > 0, 100 * t / (i + t), 0)", metrics, RANGE))
                .isEqualTo(series(0, 0, 60, 0, 120, 20));
    }

    @Test
    void arraysSumPerTimestampOverTheSeriesThatHaveOne() {
        var metrics = new java.util.LinkedHashMap<String, NavigableMap<Long, Double>>();
        metrics.put("e0", series(0, 1, 60, 0));
        metrics.put("e1", series(60, 2));
        metrics.put("i0", series(0, 4, 60, 2));
        metrics.put("i1", series(60, 2));
        assertThat(MetricMath.evaluate("IF(SUM([i0,i1]) > 0, 100 * SUM([e0,e1]) / SUM([i0,i1]), 0)", metrics, RANGE))
                .isEqualTo(series(0, 25, 60, 50));
        assertThat(MetricMath.evaluate("SUM(METRICS())", Map.of("a", series(0, 1), "b", series(0, 2, 60, 3)), RANGE))
                .isEqualTo(series(0, 3, 60, 3));
        assertThat(MetricMath.evaluate("MAX([a, b])", Map.of("a", series(0, 1), "b", series(0, 2)), RANGE)).isEqualTo(series(0, 2));
    }

    @Test
    void seriesCombineOnTheirCommonTimestampsAndFillCoversTheGaps() {
        var metrics = Map.of("a", series(0, 6, 60, 8), "b", series(60, 2, 120, 5));
        assertThat(MetricMath.evaluate("a / b", metrics, RANGE)).isEqualTo(series(60, 4));
        assertThat(MetricMath.evaluate("FILL(b, 0) + 1", metrics, RANGE)).isEqualTo(series(0, 1, 60, 3, 120, 6, 180, 1));
        assertThat(MetricMath.evaluate("FILL(b, REPEAT)", metrics, RANGE)).isEqualTo(series(60, 2, 120, 5, 180, 5));
        assertThat(MetricMath.evaluate("IF(a > 7, a)", metrics, RANGE)).isEqualTo(series(60, 8));
        assertThat(MetricMath.evaluate("-a + 2 ^ 2", metrics, RANGE)).isEqualTo(series(0, -2, 60, -4));
        assertThat(MetricMath.evaluate("a / 0", metrics, RANGE)).isEmpty();
    }

    @Test
    void whatItDoesNotKnowIsUnsupported() {
        assertThatThrownBy(() -> MetricMath.evaluate("ANOMALY_DETECTION_BAND(m1, 2)", Map.of("m1", series(0, 1)), RANGE))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("ANOMALY_DETECTION_BAND");
        assertThatThrownBy(() -> MetricMath.evaluate("m9 * 2", Map.of(), RANGE)).hasMessageContaining("unknown id m9");
        assertThatThrownBy(() -> MetricMath.evaluate("SEARCH('{AWS/Lambda} Errors', 'Sum', 60)", Map.of(), RANGE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
