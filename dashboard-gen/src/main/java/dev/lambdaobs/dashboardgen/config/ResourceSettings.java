package dev.lambdaobs.dashboardgen.config;

import java.util.Map;
import java.util.Optional;

/**
 * Per-resource settings, keyed in the config by logical id (or read from the resource's
 * {@code Metadata.lambdaobs}).
 *
 * <pre>{@code
 * resources:
 *   OrdersFunction:
 *     physicalName: orders-prod-handler   # standalone mode: the primary dimension's value
 *     alarms:
 *       Errors: { threshold: 3 }
 * }</pre>
 *
 * @param physicalName the value of the resource's first dimension in standalone mode
 * @param dimensions   explicit dimension values in standalone mode, by dimension name
 * @param disabled     no alarms or widgets for this resource
 * @param alarms       overrides by alarm rule id
 */
public record ResourceSettings(Optional<String> physicalName, Map<String, String> dimensions, boolean disabled,
        Map<String, RuleOverride> alarms) {
    public static final ResourceSettings NONE = new ResourceSettings(Optional.empty(), Map.of(), false, Map.of());

    public ResourceSettings {
        dimensions = Map.copyOf(dimensions);
        alarms = Map.copyOf(alarms);
    }
}
