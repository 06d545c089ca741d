package dev.lambdaobs.dashboardgen.registry;

import java.util.Map;

/**
 * One metric of a resource: its name and statistic, plus dimensions beyond the resource's own
 * (e.g. DynamoDB's {@code Operation}).
 *
 * <pre>{@code
 * MetricTerm.of("Errors", "Sum");
 * }</pre>
 *
 * @param id               the id a math expression uses for it (lower case first letter)
 * @param metricName       the CloudWatch metric name
 * @param statistic        Sum, Average, Maximum, Minimum, SampleCount or a percentile like p99
 * @param extraDimensions  dimensions added to the resource's own
 */
public record MetricTerm(String id, String metricName, String statistic, Map<String, String> extraDimensions) {
    public MetricTerm {
        extraDimensions = Map.copyOf(extraDimensions);
    }

    public static MetricTerm of(String metricName, String statistic) {
        return new MetricTerm("m1", metricName, statistic, Map.of());
    }

    public static MetricTerm of(String id, String metricName, String statistic) {
        return new MetricTerm(id, metricName, statistic, Map.of());
    }

    public boolean isPercentile() {
        return statistic.startsWith("p");
    }
}
