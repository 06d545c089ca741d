package dev.lambdaobs.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;

/**
 * Splits a document's metrics into groups EMF accepts in one document: at most
 * {@link EmfLimits#MAX_METRICS_PER_DIRECTIVE} metrics, each with at most {@link EmfLimits#MAX_VALUES_PER_METRIC}
 * values. The EMF client library's algorithm: metrics in order, a metric with too many values gives its
 * first values to this group and goes to the back of the queue with the rest, so one metric's values
 * stay in order across documents and every value is written once.
 */
final class EmfChunks {
    private EmfChunks() {
    }

    /** The groups; {@code metrics} itself when it already fits in one document. */
    static List<List<RecordedMetric>> of(List<RecordedMetric> metrics) {
        if (fitsOne(metrics)) {
            return List.of(metrics);
        }
        List<List<RecordedMetric>> groups = new ArrayList<>();
        List<RecordedMetric> group = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Queue<RecordedMetric> queue = new ArrayDeque<>(metrics);
        while (!queue.isEmpty()) {
            RecordedMetric metric = queue.poll();
            if (group.size() == EmfLimits.MAX_METRICS_PER_DIRECTIVE || names.contains(metric.name())) {
                groups.add(group);
                group = new ArrayList<>();
                names.clear();
            }
            names.add(metric.name());
            List<Double> values = metric.values();
            if (values.size() <= EmfLimits.MAX_VALUES_PER_METRIC) {
                group.add(metric);
            } else {
                group.add(withValues(metric, values.subList(0, EmfLimits.MAX_VALUES_PER_METRIC)));
                queue.add(withValues(metric, values.subList(EmfLimits.MAX_VALUES_PER_METRIC, values.size())));
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private static boolean fitsOne(List<RecordedMetric> metrics) {
        if (metrics.size() > EmfLimits.MAX_METRICS_PER_DIRECTIVE) {
            return false;
        }
        for (RecordedMetric metric : metrics) {
            if (metric.values().size() > EmfLimits.MAX_VALUES_PER_METRIC) {
                return false;
            }
        }
        return true;
    }

    private static RecordedMetric withValues(RecordedMetric metric, List<Double> values) {
        return new RecordedMetric(metric.name(), metric.unit(), metric.resolution(), values);
    }
}
