package dev.lambdaobs.dashboardgen.registry;

import java.util.List;
import java.util.function.Predicate;

/**
 * One dashboard graph of a resource type: a title and the metrics it plots for each resource.
 * Alarm thresholds on the same metric are drawn on it as horizontal lines.
 *
 * <pre>{@code
 * new GraphSpec("Errors", List.of(MetricTerm.of("Errors", "Sum")));
 * }</pre>
 */
public record GraphSpec(String title, List<MetricTerm> lines, Predicate<MonitoredResource> appliesTo) {
    public GraphSpec {
        lines = List.copyOf(lines);
    }

    public GraphSpec(String title, List<MetricTerm> lines) {
        this(title, lines, resource -> true);
    }

    public static GraphSpec of(String title, String metricName, String statistic) {
        return new GraphSpec(title, List.of(MetricTerm.of(metricName, statistic)));
    }

    /** The same graph, only for resources the predicate accepts. */
    public GraphSpec when(Predicate<MonitoredResource> predicate) {
        return new GraphSpec(title, lines, predicate);
    }
}
