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
 * actionsSuppressor: { alarm: orders-deploying }
 * lambdaConcurrencyQuota: 5000
 * slos: { availability: 99.9, latencyP99Ms: 2000 }
 * }</pre>
 *
 * @param alarmActions           per severity, the actions of the service's composite alarm
 * @param actionsSuppressor      an alarm that keeps the composite alarms quiet while it is in ALARM
 * @param lambdaConcurrencyQuota the account's regional Lambda concurrency quota (ConcurrentExecutions thresholds)
 * @param slos                   service level objectives for every API and function, when given
 */
public record GeneratorConfig(Optional<String> service, Optional<String> runbook, Optional<String> metricsNamespace,
        boolean s3RequestMetrics, Map<Severity, List<String>> alarmActions, Map<String, Map<String, RuleOverride>> defaults,
        Map<String, ResourceSettings> resources, Guardrails guardrails, Optional<ActionsSuppressor> actionsSuppressor,
        int lambdaConcurrencyQuota, Optional<SloConfig> slos) {

    /**
     * Lambda's default concurrency quota per Region. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html">Lambda quotas</a>
     */
    public static final int DEFAULT_LAMBDA_CONCURRENCY_QUOTA = 1_000;

    public static final GeneratorConfig EMPTY = new GeneratorConfig(Optional.empty(), Optional.empty(), Optional.empty(), false,
            Map.of(), Map.of(), Map.of(), Guardrails.DEFAULT, Optional.empty(), DEFAULT_LAMBDA_CONCURRENCY_QUOTA, Optional.empty());

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
