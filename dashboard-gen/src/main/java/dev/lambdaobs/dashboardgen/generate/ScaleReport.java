package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a run kept a large service deployable.
 *
 * @param style           the alarm style used ({@link AlarmStyle#AUTO} resolved to what it picked)
 * @param insightsAlarms  Metrics Insights alarms made
 * @param replacedAlarms  per-resource alarms they replace
 * @param nestedTemplates the nested stacks' templates by path relative to the output template's folder; empty when
 *                        everything fits one stack
 * @param nestedJson      the same templates as written (indented JSON, UTF-8), serialized once when checked against
 *                        a template's size limit
 */
public record ScaleReport(AlarmStyle style, int insightsAlarms, int replacedAlarms, Map<String, ObjectNode> nestedTemplates,
        Map<String, byte[]> nestedJson) {
    /** One stack, per-resource alarms. */
    public static final ScaleReport NONE = new ScaleReport(AlarmStyle.PER_RESOURCE, 0, 0, Map.of(), Map.of());

    public ScaleReport {
        // In stack order (Map.copyOf would lose it).
        nestedTemplates = Collections.unmodifiableMap(new LinkedHashMap<>(nestedTemplates));
        nestedJson = Collections.unmodifiableMap(new LinkedHashMap<>(nestedJson));
    }
}
