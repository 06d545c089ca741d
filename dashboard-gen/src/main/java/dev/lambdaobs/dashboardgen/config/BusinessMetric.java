package dev.lambdaobs.dashboardgen.config;

import dev.lambdaobs.dashboardgen.input.SourceLocation;
import java.util.Optional;

/**
 * A metric the service emits through EMF that gets an alarm of its own. Config:
 *
 * <pre>{@code
 * businessMetrics:
 *   OrdersPlaced: { anomalyBand: 2, direction: below, statistic: Sum, periodSeconds: 300 }
 *   PaymentLatency: { threshold: 800, statistic: p99, severity: critical, runbook: https://wiki.example.com/pay }
 * }</pre>
 *
 * @param name      the EMF metric name
 * @param namespace its namespace; empty for the service's one ({@code metricsNamespace} or POWERTOOLS_METRICS_NAMESPACE)
 * @param service   the value of its {@code Service} dimension; empty for the service's
 * @param rule      threshold or anomaly band, statistic, direction, period, evaluation, severity, actions, runbook
 * @param location  where the config defines it
 */
public record BusinessMetric(String name, Optional<String> namespace, Optional<String> service, RuleOverride rule,
        SourceLocation location) {
}
