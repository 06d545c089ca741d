package dev.lambdaobs.dashboardgen.preview;

import java.util.Map;
import java.util.TreeMap;

/**
 * One metric a graph widget shows, as CloudWatch identifies it.
 *
 * @param namespace  e.g. {@code AWS/Lambda}
 * @param name       e.g. {@code Errors}
 * @param dimensions dimension name to value, sorted
 * @param label      the widget's label for it, or the metric name
 */
public record MetricSpec(String namespace, String name, Map<String, String> dimensions, String label) {
    public MetricSpec {
        dimensions = new TreeMap<>(dimensions);
    }

    /** The identity samples are matched on. */
    public String key() {
        return namespace + "|" + name + "|" + dimensions;
    }
}
