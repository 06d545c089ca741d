package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * How a run kept a large service deployable.
 *
 * @param style           the alarm style used ({@link AlarmStyle#AUTO} resolved to what it picked)
 * @param insightsAlarms  Metrics Insights alarms made
 * @param replacedAlarms  per-resource alarms they replace
 * @param nestedTemplates the nested stacks' templates by path relative to the output template's folder; empty when
 *                        everything fits one stack
 */
public record ScaleReport(AlarmStyle style, int insightsAlarms, int replacedAlarms, Map<String, ObjectNode> nestedTemplates) {
    /** One stack, per-resource alarms. */
    public static final ScaleReport NONE = new ScaleReport(AlarmStyle.PER_RESOURCE, 0, 0, Map.of());

    public ScaleReport {
        // In stack order (Map.copyOf would lose it).
        nestedTemplates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nestedTemplates));
    }
}
