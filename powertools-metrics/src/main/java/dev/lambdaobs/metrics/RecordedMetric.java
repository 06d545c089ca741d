package dev.lambdaobs.metrics;

import java.util.List;

/** One metric name with its unit, resolution and every value recorded for it, in order. */
record RecordedMetric(String name, MetricUnit unit, Resolution resolution, List<Double> values) {
    RecordedMetric {
        values = List.copyOf(values);
    }

    static RecordedMetric of(String name, double value, MetricUnit unit, Resolution resolution) {
        return new RecordedMetric(name, unit, resolution, List.of(value));
    }
}
