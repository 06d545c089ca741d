package dev.lambdaobs.dashboardgen.preview.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A statistic per period of the samples of one or more series, as CloudWatch aggregates a metric:
 * periods start at multiples of the period since the epoch, and a period without samples has no
 * datapoint. A statistic that yields no number (a trimmed mean of nothing) leaves its period out too.
 */
public final class Datapoints {
    private Datapoints() {
    }

    /** Period start (epoch millis) to value, in time order. */
    public static NavigableMap<Long, Double> of(List<Series> series, Statistic statistic, int periodSeconds) {
        long period = periodSeconds * 1000L;
        Map<Long, List<Double>> byPeriod = new TreeMap<>();
        for (Series s : series) {
            for (Sample sample : s.samples()) {
                byPeriod.computeIfAbsent(periodStart(sample.epochMillis(), period), k -> new ArrayList<>()).add(sample.value());
            }
        }
        NavigableMap<Long, Double> points = new TreeMap<>();
        byPeriod.forEach((start, values) -> {
            double value = statistic.compute(values.stream().mapToDouble(Double::doubleValue).toArray());
            if (!Double.isNaN(value)) {
                points.put(start, value);
            }
        });
        return points;
    }

    /** The start of the period {@code epochMillis} falls in. */
    public static long periodStart(long epochMillis, long periodMillis) {
        return Math.floorDiv(epochMillis, periodMillis) * periodMillis;
    }
}
