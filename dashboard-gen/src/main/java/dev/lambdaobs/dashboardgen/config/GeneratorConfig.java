package dev.lambdaobs.dashboardgen.config;

import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The optional YAML config, parsed once and immutable.
 *
 * <pre>{@code
 * service: orders
 * runbook: https://wiki.example.com/orders/runbook
 * metricsNamespace: Orders
 * s3RequestMetrics: true
 * alarmActions:
 *   critical: [arn:aws:sns:eu-west-1:123456789012:pager]
 *   warning: [arn:aws:sns:eu-west-1:123456789012:chat]
 * defaults:
 *   lambda: { Errors: { threshold: 1 } }
 * resources:
 *   OrdersQueue: { disabled: true }
 * guardrails:
 *   logRetentionDays: 90
 *   lambdaInsights: false
 * }</pre>
 */
public record GeneratorConfig(Optional<String> service, Optional<String> runbook, Optional<String> metricsNamespace,
        boolean s3RequestMetrics, Map<Severity, List<String>> alarmActions, Map<String, Map<String, RuleOverride>> defaults,
        Map<String, ResourceSettings> resources, Guardrails guardrails) {

    public static final GeneratorConfig EMPTY = new GeneratorConfig(Optional.empty(), Optional.empty(), Optional.empty(), false,
            Map.of(), Map.of(), Map.of(), Guardrails.DEFAULT);

    public GeneratorConfig {
        alarmActions = Map.copyOf(alarmActions);
        defaults = Map.copyOf(defaults);
        resources = Map.copyOf(resources);
    }

    public List<String> actions(Severity severity) {
        return alarmActions.getOrDefault(severity, List.of());
    }

    public ResourceSettings resource(String logicalId) {
        return resources.getOrDefault(logicalId, ResourceSettings.NONE);
    }

    /** The config default for a profile's rule. */
    public RuleOverride defaultFor(String profileId, String ruleId) {
        return defaults.getOrDefault(profileId, Map.of()).getOrDefault(ruleId, RuleOverride.NONE);
    }
}
