package dev.lambdaobs.dashboardgen.preview.data;

import java.util.Map;
import java.util.TreeMap;

/**
 * A metric as a dashboard or alarm names it: dimension values may be CloudFormation placeholders
 * such as {@code ${CreateOrderFunction}}, which {@link LocalNames} matches to local names.
 *
 * @param namespace  e.g. {@code AWS/Lambda}
 * @param name       e.g. {@code Errors}
 * @param dimensions dimension name to value
 */
public record MetricRef(String namespace, String name, Map<String, String> dimensions) {
    public MetricRef {
        dimensions = new TreeMap<>(dimensions);
    }
}
